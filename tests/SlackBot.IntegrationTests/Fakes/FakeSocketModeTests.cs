using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSocketModeTests
{
    private FakeTimeProvider clock = null!;
    private FakeSlack slack = null!;

    [SetUp]
    public async Task StartAsync()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = clock });
        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-42-db");
    }

    [TearDown]
    public async Task StopAsync() => await slack.DisposeAsync();

    [Test]
    public async Task Connections_open_refuses_the_bot_token()
    {
        using var api = new SlackApiTestClient(slack);

        var reply = await api.PostFormAsync("apps.connections.open");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Error, Is.EqualTo("not_allowed_token_type"));
            Assert.That(slack.SocketMode.OpenCalls, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Connections_open_with_the_app_token_gives_a_WebSocket_URL_on_this_server()
    {
        var url = await SocketModeTestClient.OpenUrlAsync(slack);

        Assert.Multiple(() =>
        {
            Assert.That(url.Scheme, Is.EqualTo("ws"));
            Assert.That(url.Authority, Is.EqualTo(slack.BaseUrl.Authority));
            Assert.That(url.AbsolutePath, Is.EqualTo("/link/"));
            Assert.That(url.Query, Does.Contain("ticket="));
        });
    }

    [Test]
    public async Task A_client_gets_hello_then_an_envelope_and_its_ack_is_recorded()
    {
        var (client, hello) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var _ = client;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        var envelopeId = await slack.SocketMode.SendEventAsync(new JsonObject { ["type"] = "app_mention", ["text"] = "<@U0BOT> hi" }, "Ev0SOCK", retryAttempt: 1, retryReason: "timeout");
        var envelope = await client.ReceiveJsonAsync();
        await client.SendAsync($$"""{"envelope_id":"{{envelopeId}}"}""");
        var ack = await slack.SocketMode.WaitForAckAsync(envelopeId);

        Assert.Multiple(() =>
        {
            Assert.That(hello["type"]!.GetValue<string>(), Is.EqualTo("hello"));
            Assert.That(hello["num_connections"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(hello["connection_info"]!["app_id"]!.GetValue<string>(), Is.EqualTo(slack.AppId));
            Assert.That(envelope["envelope_id"]!.GetValue<string>(), Is.EqualTo(envelopeId));
            Assert.That(envelope["type"]!.GetValue<string>(), Is.EqualTo("events_api"));
            Assert.That(envelope["accepts_response_payload"]!.GetValue<bool>(), Is.False);
            Assert.That(envelope["retry_attempt"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(envelope["retry_reason"]!.GetValue<string>(), Is.EqualTo("timeout"));
            Assert.That(envelope["payload"]!["event_id"]!.GetValue<string>(), Is.EqualTo("Ev0SOCK"));
            Assert.That(envelope["payload"]!["event"]!["type"]!.GetValue<string>(), Is.EqualTo("app_mention"));
            Assert.That(ack.Payload, Is.Null);
            Assert.That(ack.ConnectionId, Is.EqualTo(slack.SocketMode.Connections.Single().Id));
        });
    }

    [Test]
    public async Task A_slash_command_envelope_accepts_a_response_payload_in_the_ack()
    {
        var (client, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = client;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        var envelopeId = await slack.SocketMode.SendCommandAsync("/learn", "help", "U1", "C1");
        var envelope = await client.ReceiveJsonAsync();
        await client.SendAsync($$$"""{"envelope_id":"{{{envelopeId}}}","payload":{"response_type":"ephemeral","text":"Here is what I can do"}}""");
        var ack = await slack.SocketMode.WaitForAckAsync(envelopeId);

        Assert.Multiple(() =>
        {
            Assert.That(envelope["type"]!.GetValue<string>(), Is.EqualTo("slash_commands"));
            Assert.That(envelope["accepts_response_payload"]!.GetValue<bool>(), Is.True);
            Assert.That(envelope["payload"]!["command"]!.GetValue<string>(), Is.EqualTo("/learn"));
            Assert.That(envelope["payload"]!["response_url"]!.GetValue<string>(), Does.StartWith(slack.BaseUrl.ToString()));
            Assert.That(ack.Payload!["text"]!.GetValue<string>(), Is.EqualTo("Here is what I can do"));
        });
    }

    [Test]
    public async Task A_ticket_works_only_once()
    {
        var url = await SocketModeTestClient.OpenUrlAsync(slack);
        using var first = await SocketModeTestClient.ConnectAsync(url);

        var second = Assert.ThrowsAsync<WebSocketException>(() => SocketModeTestClient.ConnectAsync(url));

        Assert.That(second!.Message, Does.Contain("401"));
    }

    [Test]
    public async Task A_malformed_raw_frame_reaches_the_client_verbatim()
    {
        var (client, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = client;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        await slack.SocketMode.SendRawFrameAsync("{not json");

        Assert.That(await client.ReceiveTextAsync(), Is.EqualTo("{not json"));
    }

    [TestCase("refresh_requested")]
    [TestCase("warning")]
    public async Task After_a_reconnect_request_the_old_socket_stays_open_until_a_new_one_is_up(string reason)
    {
        var (old, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = old;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        await slack.SocketMode.SendDisconnectAsync(reason);
        var disconnect = await old.ReceiveJsonAsync();
        var stillOpenBeforeReplacement = slack.SocketMode.Connections.Count;
        var (replacement, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var ___ = replacement;
        var (closeType, _) = await old.ReceiveFrameAsync();
        await slack.WaitForAsync(s => s.SocketMode.ConnectionHistory[0].ClosedAt is not null);

        Assert.Multiple(() =>
        {
            Assert.That(disconnect["type"]!.GetValue<string>(), Is.EqualTo("disconnect"));
            Assert.That(disconnect["reason"]!.GetValue<string>(), Is.EqualTo(reason));
            Assert.That(stillOpenBeforeReplacement, Is.EqualTo(1));
            Assert.That(closeType, Is.EqualTo(WebSocketMessageType.Close));
            Assert.That(slack.SocketMode.ConnectionHistory[0].CloseReason, Is.EqualTo($"disconnect: {reason}"));
            Assert.That(slack.SocketMode.Connections.Single().Id, Is.EqualTo(slack.SocketMode.ConnectionHistory[1].Id));
        });
    }

    [Test]
    public async Task Without_a_reconnect_the_old_socket_closes_when_the_grace_period_ends()
    {
        var (old, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = old;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        await slack.SocketMode.SendDisconnectAsync("warning");
        await old.ReceiveJsonAsync();
        clock.Advance(TimeSpan.FromSeconds(10));
        var (closeType, _) = await old.ReceiveFrameAsync();

        Assert.That(closeType, Is.EqualTo(WebSocketMessageType.Close));
    }

    [TestCase("link_disabled")]
    [TestCase("too_many_websockets")]
    public async Task Other_disconnect_reasons_close_the_socket_straight_away(string reason)
    {
        var (client, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = client;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        await slack.SocketMode.SendDisconnectAsync(reason);
        var disconnect = await client.ReceiveJsonAsync();
        var (closeType, _) = await client.ReceiveFrameAsync();

        Assert.Multiple(() =>
        {
            Assert.That(disconnect["reason"]!.GetValue<string>(), Is.EqualTo(reason));
            Assert.That(closeType, Is.EqualTo(WebSocketMessageType.Close));
        });
    }

    [Test]
    public async Task RefuseConnections_lets_connections_open_answer_but_fails_the_upgrade_with_503()
    {
        slack.SocketMode.RefuseConnections = true;
        var url = await SocketModeTestClient.OpenUrlAsync(slack);

        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(socket.HttpStatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(slack.SocketMode.OpenCalls, Has.Count.EqualTo(1));
            Assert.That(slack.SocketMode.ConnectionHistory, Is.Empty);
        });
    }

    [Test]
    public async Task Dropping_connections_cuts_the_socket_without_a_close_handshake()
    {
        var (client, _) = await SocketModeTestClient.ConnectAndReadHelloAsync(slack);
        using var __ = client;
        await slack.SocketMode.WaitForConnectionsAsync(1);

        await slack.SocketMode.DropConnectionsAsync();

        Assert.Multiple(() =>
        {
            Assert.ThrowsAsync<WebSocketException>(() => client.ReceiveFrameAsync());
            Assert.That(slack.SocketMode.Connections, Is.Empty);
            Assert.That(slack.SocketMode.ConnectionHistory.Single().CloseReason, Is.EqualTo("dropped by test"));
        });
    }

    [Test]
    public void Sending_with_no_connection_explains_what_to_do()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => slack.SocketMode.SendEventAsync(new JsonObject { ["type"] = "message" }));

        Assert.That(error!.Message, Does.Contain("WaitForConnectionsAsync"));
    }
}
