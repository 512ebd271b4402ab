using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Hosting;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack;
using SlackBot.Slack.Inbound.SocketMode;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.SocketMode;

/// <summary>The real host in Socket mode against the fake Slack's WebSocket server.</summary>
public class SocketModeReceiverTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private TempDirectory _directory = null!;
    private ListenerJournal _journal = null!;
    private FakeSlack? _slack;
    private BotApp? _bot;
    private int _exitCodeBefore;

    private FakeSlack Slack => _slack!;

    private BotApp Bot => _bot!;

    [SetUp]
    public void SetUp()
    {
        _exitCodeBefore = Environment.ExitCode;
        _directory = new TempDirectory();
        _journal = new ListenerJournal();
    }

    [TearDown]
    public async Task TearDown()
    {
        if (_bot is not null) await _bot.DisposeAsync();
        if (_slack is not null) await _slack.DisposeAsync();
        _directory.Dispose();
        // The receiver sets the process exit code when Slack refuses Socket Mode; the test runner must not inherit it.
        Environment.ExitCode = _exitCodeBefore;
    }

    [Test]
    public async Task An_event_reaches_its_listener_and_is_acknowledged_within_the_same_second()
    {
        await StartAsync();

        var envelopeId = await Slack.SocketMode.SendEventAsync(UserMessage("the dashboard showed green the whole time"), "Ev0SOCKET1");
        var ack = await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        await Poll.UntilAsync(() => _journal.Seen.Count == 1, Generous, "the listener");

        var sent = Slack.SocketMode.SentEnvelopes.Single(envelope => envelope.EnvelopeId == envelopeId);
        Assert.Multiple(() =>
        {
            Assert.That(ack.ReceivedAt - sent.SentAt, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(ack.ConnectionId, Is.EqualTo(sent.ConnectionId));
            Assert.That(ack.Payload, Is.Null);
            Assert.That(_journal.Seen.Single(), Does.EndWith("the dashboard showed green the whole time"));
            Assert.That(Bot.Inbox.Find("ev:Ev0SOCKET1")?.Transport, Is.EqualTo("socket"));
        });
    }

    [Test]
    public async Task A_redelivery_with_retry_attempt_is_acknowledged_but_processed_once()
    {
        await StartAsync();
        var message = UserMessage("we turned the feature flag off by hand");

        var first = await Slack.SocketMode.SendEventAsync(message, "Ev0TWICE");
        await Slack.SocketMode.WaitForAckAsync(first, Generous);
        var retry = await Slack.SocketMode.SendEventAsync(message, "Ev0TWICE", retryAttempt: 1, retryReason: "timeout");
        await Slack.SocketMode.WaitForAckAsync(retry, Generous);
        await Poll.UntilAsync(() => InboxDrained(), Generous, "the inbox to drain");

        Assert.Multiple(() =>
        {
            Assert.That(_journal.Seen, Has.Count.EqualTo(1));
            Assert.That(Bot.Inbox.All(), Has.Count.EqualTo(1));
            Assert.That(Bot.Inbox.All().Single().RetryAttempt, Is.Zero, "the first delivery is the one kept");
        });
    }

    [Test]
    public async Task A_slash_command_is_acknowledged_with_its_answer()
    {
        await StartAsync();

        var envelopeId = await Slack.SocketMode.SendCommandAsync("/learn", "help", "U1", "C1");
        var ack = await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);

        Assert.Multiple(() =>
        {
            Assert.That(ack.Payload?["text"]?.GetValue<string>(), Does.Contain("/learn start").And.Contain("/learn resolve"));
            Assert.That(ack.Payload?["response_type"]?.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(Slack.ResponseUrlPosts, Is.Empty, "the answer went in the acknowledgement");
        });
    }

    [Test]
    public async Task On_refresh_requested_a_new_connection_opens_and_nothing_sent_during_the_switch_is_lost()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await StartAsync(new FakeSlackOptions { Clock = clock });

        var before = await SendEventsAsync("before", 2);
        await WaitForAcksAsync(before);
        // Hold the replacement's apps.connections.open, so the switch stays open while envelopes arrive.
        Slack.Faults.Slow("apps.connections.open", TimeSpan.FromSeconds(5));
        await Slack.SocketMode.SendDisconnectAsync("refresh_requested");
        await Slack.WaitForAsync(slack => slack.CallsHeld("apps.connections.open") == 1, Generous);
        var during = await SendEventsAsync("during", 2);
        var duringAcks = await WaitForAcksAsync(during);
        clock.Advance(TimeSpan.FromSeconds(5));
        await Slack.WaitForAsync(slack => slack.SocketMode.ConnectionHistory.Count == 2 && slack.SocketMode.Connections.Count == 1, Generous);
        var after = await SendEventsAsync("after", 2);
        var afterAcks = await WaitForAcksAsync(after);
        await Poll.UntilAsync(() => _journal.Seen.Count >= 6 && InboxDrained(), Generous, "all six events to be processed");

        var history = Slack.SocketMode.ConnectionHistory;
        Assert.Multiple(() =>
        {
            Assert.That(Slack.SocketMode.OpenCalls, Has.Count.EqualTo(2));
            Assert.That(duringAcks.Select(ack => ack.ConnectionId), Is.All.EqualTo(history[0].Id), "acknowledged on the old connection");
            Assert.That(afterAcks.Select(ack => ack.ConnectionId), Is.All.EqualTo(history[1].Id));
            Assert.That(history[0].IsOpen, Is.False);
            Assert.That(_journal.Seen, Has.Count.EqualTo(6));
            Assert.That(_journal.Seen.Select(seen => seen.Split(':')[^1]), Is.EquivalentTo(
                new[] { "before 1", "before 2", "during 1", "during 2", "after 1", "after 2" }));
        });
    }

    [Test]
    public async Task A_dropped_connection_is_retried_with_growing_delays_until_Slack_accepts_again()
    {
        await StartAsync(settings: new Dictionary<string, string?>
        {
            ["Slack:SocketMode:ReconnectBaseDelay"] = "00:00:00.400",
            ["Slack:SocketMode:ReconnectMaxDelay"] = "00:00:03.200",
        });
        using var http = new HttpClient();

        Slack.SocketMode.RefuseConnections = true;
        await Slack.SocketMode.DropConnectionsAsync();
        await Slack.WaitForAsync(slack => slack.SocketMode.OpenCalls.Count >= 6, Generous);
        using var whileRefused = await http.GetAsync(new Uri(Bot.BaseUrl, "/healthz"));
        Slack.SocketMode.RefuseConnections = false;
        await Slack.SocketMode.WaitForConnectionsAsync(1, Generous);
        await Poll.UntilAsync(() => Bot.Services.GetRequiredService<SocketModeStatus>().Current.IsConnected, Generous, "the bot to see hello");
        var envelopeId = await Slack.SocketMode.SendEventAsync(UserMessage("back online"));
        await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        using var afterwards = await http.GetAsync(new Uri(Bot.BaseUrl, "/healthz"));

        // OpenCalls[0] opened the first connection; [1] came straight after the drop; the gaps after it are the backoff.
        var calls = Slack.SocketMode.OpenCalls;
        var gaps = Enumerable.Range(1, 4).Select(i => calls[i + 1] - calls[i]).ToList();
        Assert.Multiple(() =>
        {
            // Each gap is at least its own doubling floor: jitter takes off at most a fifth of 0.4 s · 2^retry, and a busy
            // machine can only add to a gap. (Neighbouring gaps are not compared: scheduling noise on one of them could
            // exceed the doubling, while the floors cannot be met by a backoff that does not grow.)
            for (var retry = 0; retry < gaps.Count; retry++)
                Assert.That(gaps[retry], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(400 * 0.8 * Math.Pow(2, retry))), $"gap {retry} of {string.Join(", ", gaps)}");
            Assert.That(gaps[^1], Is.GreaterThan(gaps[0] + TimeSpan.FromSeconds(1)), $"the delays grow: {string.Join(", ", gaps)}");

            Assert.That(whileRefused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Link_disabled_stops_reconnecting_and_stops_the_app()
    {
        await StartAsync(settings: new Dictionary<string, string?> { ["Slack:SocketMode:ReconnectBaseDelay"] = "00:00:00.050" });
        var lifetime = Bot.Services.GetRequiredService<IHostApplicationLifetime>();

        await Slack.SocketMode.SendDisconnectAsync("link_disabled");
        await Poll.UntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, Generous, "the app to stop");
        // Any reconnect would come within a few base delays; watch for one well beyond that.
        var reconnected = await BecomesTrueWithinAsync(() => Slack.SocketMode.OpenCalls.Count > 1, TimeSpan.FromSeconds(3));
        using var health = await new HttpClient().GetAsync(new Uri(Bot.BaseUrl, "/healthz"));

        Assert.Multiple(async () =>
        {
            Assert.That(reconnected, Is.False, "apps.connections.open was called again");
            Assert.That(Environment.ExitCode, Is.EqualTo(SocketModeReceiver.RejectedExitCode));
            Assert.That(ErrorLines(), Has.One.Contains("link_disabled").And.Contains("Slack:AppToken").And.Contains("\"Set-up\""));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await health.Content.ReadAsStringAsync(), Does.Contain("link_disabled"));
        });
    }

    [Test]
    public async Task An_app_token_Slack_refuses_stops_the_app_with_one_clear_error()
    {
        const string wrongToken = "xapp-1-A0FAKE-0000000000000-not-this-apps-token";
        await StartAsync(settings: new Dictionary<string, string?> { ["Slack:AppToken"] = wrongToken }, waitForConnection: false);
        var lifetime = Bot.Services.GetRequiredService<IHostApplicationLifetime>();

        await Poll.UntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, Generous, "the app to stop");

        Assert.Multiple(() =>
        {
            Assert.That(Slack.SocketMode.OpenCalls, Has.Count.EqualTo(1));
            Assert.That(Environment.ExitCode, Is.EqualTo(SocketModeReceiver.RejectedExitCode));
            Assert.That(ErrorLines(), Has.One.Contains("invalid_auth").And.Contains("Slack:AppToken"));
            Assert.That(Bot.LogLines(), Has.None.Contains(wrongToken));
        });
    }

    [Test]
    public async Task Malformed_frames_are_logged_and_ignored_and_a_later_envelope_still_works()
    {
        await StartAsync();

        await Slack.SocketMode.SendRawFrameAsync("{not json");
        await Slack.SocketMode.SendRawFrameAsync("""{"type":"mystery_frame","envelope_id":"0b5f0c1e-1111-4000-8000-000000000001"}""");
        await Slack.SocketMode.SendRawFrameAsync("""{"type":"events_api","payload":{"type":"event_callback"}}""");
        var envelopeId = await Slack.SocketMode.SendEventAsync(UserMessage("still here"));
        await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        await Poll.UntilAsync(() => _journal.Seen.Count == 1, Generous, "the listener");

        Assert.Multiple(() =>
        {
            Assert.That(Slack.SocketMode.Acks, Has.Count.EqualTo(1));
            Assert.That(Bot.LogLines().Count(line => line.Contains("unreadable frame", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(Slack.SocketMode.ConnectionHistory, Has.Count.EqualTo(1), "the connection survived");
            Assert.That(Slack.SocketMode.OpenCalls, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task An_envelope_with_a_payload_Slack_would_not_send_is_acknowledged_and_not_stored()
    {
        await StartAsync();

        await Slack.SocketMode.SendRawFrameAsync("""
            {"envelope_id":"5d0e6f7a-2222-4000-8000-000000000002","type":"events_api","accepts_response_payload":false,
             "payload":{"type":"event_callback","team_id":"T0FAKE","event":{"type":"message","channel":"C1","text":"no event id"}}}
            """);
        await Slack.SocketMode.WaitForAckAsync("5d0e6f7a-2222-4000-8000-000000000002", Generous);

        Assert.That(Bot.Inbox.All(), Is.Empty);
    }

    [Test]
    public async Task Tokens_and_the_connection_ticket_never_reach_the_logs()
    {
        await StartAsync();

        var envelopeId = await Slack.SocketMode.SendEventAsync(UserMessage("log check"));
        await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        await Slack.SocketMode.SendDisconnectAsync("refresh_requested");
        await Slack.WaitForAsync(slack => slack.SocketMode.ConnectionHistory.Count == 2 && slack.SocketMode.Connections.Count == 1, Generous);

        var lines = Bot.LogLines();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Contains("A0FAKE"), "hello was logged with the app id");
            Assert.That(lines, Has.None.Contains("ticket="));
            Assert.That(lines, Has.None.Contains(Slack.AppToken));
            Assert.That(lines, Has.None.Contains(Slack.BotToken));
        });
    }

    private async Task StartAsync(FakeSlackOptions? options = null, IDictionary<string, string?>? settings = null, bool waitForConnection = true)
    {
        _slack = await FakeSlack.StartAsync(options);
        _slack.AddUser("U1", "alice");
        _slack.AddChannel("C1", "inc-7-checkout");
        _bot = await BotApp.StartAsync(_slack, _directory.File("bot.db"), builder =>
        {
            builder.Services.AddSingleton(_journal);
            builder.Services.AddSlackListeners().OnMessage<RecordingMessageListener>();
        }, settings, SlackMode.Socket);
        if (waitForConnection) await _slack.SocketMode.WaitForConnectionsAsync(1, Generous);
    }

    private async Task<List<string>> SendEventsAsync(string label, int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++) ids.Add(await Slack.SocketMode.SendEventAsync(UserMessage($"{label} {i}")));
        return ids;
    }

    private async Task<List<SocketModeAck>> WaitForAcksAsync(IEnumerable<string> envelopeIds)
    {
        var acks = new List<SocketModeAck>();
        foreach (var id in envelopeIds) acks.Add(await Slack.SocketMode.WaitForAckAsync(id, Generous));
        return acks;
    }

    private bool InboxDrained() => Bot.Inbox.All().All(record => record.Status != InboxStatus.Pending);

    private List<string> ErrorLines() =>
        [.. Bot.Logs.GetSnapshot().Where(record => record.Level >= LogLevel.Error).Select(record => record.Message)];

    /// <summary>Watches <paramref name="condition"/> for <paramref name="window"/>; true as soon as it holds.</summary>
    private static async Task<bool> BecomesTrueWithinAsync(Func<bool> condition, TimeSpan window)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < window)
        {
            if (condition()) return true;
            await Task.Delay(20);
        }

        return condition();
    }

    private static JsonObject UserMessage(string text) => new()
    {
        ["type"] = "message", ["channel"] = "C1", ["user"] = "U1", ["text"] = text,
        ["ts"] = $"1700000000.{Random.Shared.Next(100000, 999999)}", ["channel_type"] = "channel",
    };
}
