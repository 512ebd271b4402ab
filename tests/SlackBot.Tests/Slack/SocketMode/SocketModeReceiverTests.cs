using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>The receiver driven through a scripted WebSocket, dispatcher and apps.connections.open, on a fake clock.</summary>
public class SocketModeReceiverTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private ReceiverHarness _harness = null!;
    private int _exitCodeBefore;

    private static IEnumerable<string> UnreadableFrames => Fixtures.In("SocketMode/Unreadable");

    [SetUp]
    public void SetUp()
    {
        _exitCodeBefore = Environment.ExitCode;
        _harness = new ReceiverHarness();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _harness.DisposeAsync();
        // The receiver sets the process exit code when Slack refuses Socket Mode; the test runner must not inherit it.
        Environment.ExitCode = _exitCodeBefore;
    }

    [Test]
    public async Task Each_connection_uses_a_fresh_url_and_hello_makes_it_ready()
    {
        var connection = await _harness.StartConnectedAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(1));
            Assert.That(connection.Url.Query, Does.Contain(ConnectionUrlSlackApi.TicketPrefix + "1"));
            Assert.That(_harness.Status.Current.ConnectedSince, Is.EqualTo(_harness.Clock.GetUtcNow()));
            Assert.That(_harness.LogLines(LogLevel.Information), Has.Some.Contains("A0TEST").And.Contains("wss-primary.slack.example"));
            Assert.That(_harness.LogLines(), Has.None.Contains(ConnectionUrlSlackApi.TicketPrefix), "the ticket in the URL is a credential");
        });
    }

    [Test]
    public async Task An_event_is_dispatched_as_a_socket_envelope_and_acknowledged_by_its_envelope_id()
    {
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        await Poll.UntilAsync(() => !connection.Sent.IsEmpty, what: "the ack");

        var dispatched = _harness.Dispatcher.Dispatched.Single();
        Assert.Multiple(() =>
        {
            Assert.That(connection.Sent.Single(), Is.EqualTo("""{"envelope_id":"ac2cfd40-6f8c-4d5e-a1ad-646e532baa19"}"""));
            Assert.That(dispatched.Id, Is.EqualTo("ev:Ev111"));
            Assert.That(dispatched.Transport, Is.EqualTo(SlackEnvelopeParser.SocketTransport));
        });
    }

    [Test]
    public async Task A_commands_answer_goes_in_the_ack_when_the_envelope_accepts_one()
    {
        _harness.Dispatcher.Answer = (_, _) => Task.FromResult(new DispatchResult(DispatchOutcome.Accepted, Reply("Here is what /learn can do")));
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text("Slack/Socket/socket_slash_command.json"));
        await Poll.UntilAsync(() => !connection.Sent.IsEmpty, what: "the ack");

        var ack = connection.AckFor("1d3c79ab-0ffb-41f3-a080-d19e85f53649");
        Assert.That(ack?["payload"]?["text"]?.GetValue<string>(), Is.EqualTo("Here is what /learn can do"));
    }

    [Test]
    public async Task An_answer_is_left_out_when_the_envelope_does_not_accept_one()
    {
        _harness.Dispatcher.Answer = (_, _) => Task.FromResult(new DispatchResult(DispatchOutcome.Accepted, Reply("not wanted")));
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text("Slack/Socket/socket_interactive.json"));
        await Poll.UntilAsync(() => !connection.Sent.IsEmpty, what: "the ack");

        Assert.That(connection.Sent.Single(), Is.EqualTo("""{"envelope_id":"57d6a792-4d35-4d0b-b6aa-3361493e1caf"}"""));
    }

    [Test]
    public async Task A_command_waiting_for_its_answer_holds_up_no_other_acknowledgement()
    {
        var commandAnswered = new TaskCompletionSource<DispatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Dispatcher.Answer = (envelope, _) => envelope.Kind == EnvelopeKind.Command
            ? commandAnswered.Task
            : Task.FromResult(new DispatchResult(DispatchOutcome.Accepted));
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text("Slack/Socket/socket_slash_command.json"));
        connection.Push(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        await Poll.UntilAsync(() => connection.AckedEnvelopeIds.Contains("ac2cfd40-6f8c-4d5e-a1ad-646e532baa19"), what: "the event's ack");
        var ackedWhileCommandWaited = connection.AckedEnvelopeIds;
        commandAnswered.SetResult(new DispatchResult(DispatchOutcome.Accepted, Reply("done")));
        await Poll.UntilAsync(() => connection.Sent.Count == 2, what: "the command's ack");

        Assert.Multiple(() =>
        {
            Assert.That(ackedWhileCommandWaited, Is.EqualTo(new[] { "ac2cfd40-6f8c-4d5e-a1ad-646e532baa19" }));
            Assert.That(connection.AckedEnvelopeIds, Is.EqualTo(new[] { "ac2cfd40-6f8c-4d5e-a1ad-646e532baa19", "1d3c79ab-0ffb-41f3-a080-d19e85f53649" }));
        });
    }

    [Test]
    public async Task Acknowledgements_are_written_one_at_a_time()
    {
        var connection = await _harness.StartConnectedAsync();
        var ids = Enumerable.Range(1, 40).Select(i => $"00000000-0000-4000-8000-{i:D12}").ToList();

        foreach (var id in ids) connection.Push(EventEnvelope(id, "Ev" + id[^4..]));
        await Poll.UntilAsync(() => connection.Sent.Count == ids.Count, what: "every ack");

        Assert.Multiple(() =>
        {
            Assert.That(connection.MostSendsAtOnce, Is.EqualTo(1));
            Assert.That(connection.AckedEnvelopeIds, Is.EquivalentTo(ids));
        });
    }

    [Test]
    public async Task An_envelope_that_could_not_be_stored_is_not_acknowledged_so_Slack_sends_it_again()
    {
        _harness.Dispatcher.Answer = (envelope, _) => envelope.Id == "ev:Ev0FAIL"
            ? Task.FromException<DispatchResult>(new IOException("disk full"))
            : Task.FromResult(new DispatchResult(DispatchOutcome.Accepted));
        var connection = await _harness.StartConnectedAsync();

        connection.Push(EventEnvelope("11111111-0000-4000-8000-000000000001", "Ev0FAIL"));
        connection.Push(EventEnvelope("11111111-0000-4000-8000-000000000002", "Ev0OK"));
        await Poll.UntilAsync(() => _harness.Dispatcher.Dispatched.Count == 2 && !connection.Sent.IsEmpty, what: "both dispatched, one acked");
        await Poll.UntilAsync(() => _harness.LogLines(LogLevel.Error).Count == 1, what: "the failure to be logged");

        Assert.Multiple(() =>
        {
            Assert.That(connection.AckedEnvelopeIds, Is.EqualTo(new[] { "11111111-0000-4000-8000-000000000002" }));
            Assert.That(_harness.LogLines(LogLevel.Error).Single(), Does.Contain("ev:Ev0FAIL").Or.Contains("11111111-0000-4000-8000-000000000001"));
        });
    }

    [Test]
    public async Task An_envelope_whose_payload_Slack_would_not_send_is_acknowledged_but_not_dispatched()
    {
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text("SocketMode/events_api_without_event_id.json"));
        await Poll.UntilAsync(() => !connection.Sent.IsEmpty, what: "the ack");

        Assert.Multiple(() =>
        {
            Assert.That(connection.Sent.Single(), Is.EqualTo("""{"envelope_id":"d9a2e3f4-5b6c-4d7e-8f90-91a2b3c4d5e6"}"""));
            Assert.That(_harness.Dispatcher.Dispatched, Is.Empty);
            Assert.That(_harness.LogLines(LogLevel.Warning), Has.Some.Contains("d9a2e3f4-5b6c-4d7e-8f90-91a2b3c4d5e6"));
        });
    }

    [TestCaseSource(nameof(UnreadableFrames))]
    public async Task An_unreadable_frame_is_logged_and_ignored_and_the_connection_goes_on(string fixture)
    {
        var connection = await _harness.StartConnectedAsync();

        connection.Push(Fixtures.Text(fixture));
        connection.Push(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        await Poll.UntilAsync(() => !connection.Sent.IsEmpty, what: "the ack of the envelope after the bad frame");

        Assert.Multiple(() =>
        {
            Assert.That(connection.AckedEnvelopeIds, Is.EqualTo(new[] { "ac2cfd40-6f8c-4d5e-a1ad-646e532baa19" }));
            Assert.That(_harness.Dispatcher.Dispatched, Has.Count.EqualTo(1));
            Assert.That(_harness.LogLines(LogLevel.Warning), Has.One.Contains("unreadable"));
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(1), "no reconnect");
        });
    }

    [TestCase("refresh_requested")]
    [TestCase("warning")]
    [TestCase("too_many_websockets")]
    public async Task When_Slack_asks_for_a_new_connection_the_old_one_serves_until_the_new_one_said_hello(string reason)
    {
        var first = await _harness.StartConnectedAsync();
        var connectedSince = _harness.Status.Current.ConnectedSince;
        _harness.Transport.GreetWithHello = false;

        first.PushDisconnect(reason);
        var second = await _harness.Transport.WaitForConnectionAsync(2);
        first.Push(EventEnvelope("22222222-0000-4000-8000-000000000001", "Ev0DURING"));
        await Poll.UntilAsync(() => first.Sent.Count == 1, what: "the ack on the old connection during the switch");
        var oldClosedBeforeHello = first.CloseSent;
        second.PushHello(numConnections: 2);
        await Poll.UntilAsync(() => first.Disposed, what: "the old connection to be retired");
        second.Push(EventEnvelope("22222222-0000-4000-8000-000000000002", "Ev0AFTER"));
        await Poll.UntilAsync(() => second.Sent.Count == 1, what: "the ack on the new connection");

        Assert.Multiple(() =>
        {
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(2));
            Assert.That(second.Url, Is.Not.EqualTo(first.Url));
            Assert.That(oldClosedBeforeHello, Is.False);
            Assert.That(first.CloseSent, Is.True, "closed with a close frame");
            Assert.That(first.Aborted, Is.False, "not cut off");
            Assert.That(first.AckedEnvelopeIds, Is.EqualTo(new[] { "22222222-0000-4000-8000-000000000001" }));
            Assert.That(second.AckedEnvelopeIds, Is.EqualTo(new[] { "22222222-0000-4000-8000-000000000002" }));
            Assert.That(_harness.Status.Current.ConnectedSince, Is.EqualTo(connectedSince), "no gap in the connection");
        });
    }

    [Test]
    public async Task A_lost_connection_is_replaced_using_a_new_url()
    {
        var first = await _harness.StartConnectedAsync();

        first.Break();
        var second = await _harness.Transport.WaitForConnectionAsync(2);
        await Poll.UntilAsync(() => _harness.Status.Current.IsConnected && _harness.Slack.OpenCalls.Count == 2, what: "the new connection to be ready");

        Assert.Multiple(() =>
        {
            Assert.That(second.Url, Is.Not.EqualTo(first.Url));
            Assert.That(_harness.LogLines(LogLevel.Warning), Has.Some.Contains("lost"));
        });
    }

    [Test]
    public async Task Reconnect_delays_grow_while_connecting_keeps_failing()
    {
        _harness.Transport.FailNext(new WebSocketException("The server returned status code '503' when status code '101' was expected."), times: 5);
        await _harness.StartAsync();

        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, Step, "a connection after five failures");

        var calls = _harness.Slack.OpenCalls;
        var gaps = calls.Zip(calls.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.That(gaps, Has.Count.EqualTo(5));
        Assert.Multiple(() =>
        {
            for (var retry = 0; retry < gaps.Count; retry++)
            {
                var full = TimeSpan.FromSeconds(Math.Pow(2, retry));
                Assert.That(gaps[retry], Is.InRange(full * (1 - SocketModeBackoff.JitterShare), full + Step), $"gap {retry}");
            }

            Assert.That(gaps, Is.Ordered.Ascending);
            Assert.That(_harness.LogLines(LogLevel.Warning).Count(line => line.Contains("trying again", StringComparison.Ordinal)), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task After_a_connection_said_hello_the_backoff_starts_again_from_the_base_delay()
    {
        _harness.Transport.FailNext(new WebSocketException("refused"), times: 3);
        await _harness.StartAsync();
        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, Step, "a connection after three failures");
        var lastDelayBefore = _harness.Slack.OpenCalls[3] - _harness.Slack.OpenCalls[2];

        _harness.Transport.FailNext(new WebSocketException("refused"));
        _harness.Transport.Connections[^1].Break();
        // The first attempt after a loss needs no time to pass.
        await Poll.UntilAsync(() => _harness.Slack.OpenCalls.Count == 5, what: "the immediate reconnect attempt");
        await _harness.AdvanceUntilAsync(() => _harness.Slack.OpenCalls.Count == 6 && _harness.Status.Current.IsConnected, Step, "a reconnect after one failure");
        var calls = _harness.Slack.OpenCalls;

        Assert.Multiple(() =>
        {
            Assert.That(lastDelayBefore, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3.2)));
            Assert.That(calls[4] - calls[3], Is.EqualTo(TimeSpan.Zero), "the first reconnect after a loss is immediate");
            Assert.That(calls[5] - calls[4], Is.InRange(TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1) + Step));
        });
    }

    [Test]
    public async Task A_rate_limited_connections_open_waits_for_Slacks_Retry_After()
    {
        _harness.Slack.FailNext(new SlackRateLimitedException("apps.connections.open", TimeSpan.FromSeconds(20)));
        await _harness.StartAsync();

        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, TimeSpan.FromMilliseconds(500), "a connection after the rate limit");

        var calls = _harness.Slack.OpenCalls;
        Assert.That(calls[1] - calls[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task A_connection_that_closes_before_hello_is_retried()
    {
        _harness.Transport.GreetWithHello = false;
        await _harness.StartAsync();
        var first = await _harness.Transport.WaitForConnectionAsync(1);
        _harness.Transport.GreetWithHello = true;

        first.PushClose();
        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, Step, "the second connection");

        Assert.Multiple(() =>
        {
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(2));
            Assert.That(first.Disposed, Is.True);
        });
    }

    [Test]
    public async Task A_connection_without_hello_is_given_up_after_the_connect_timeout()
    {
        _harness.Transport.GreetWithHello = false;
        await _harness.StartAsync();
        var first = await _harness.Transport.WaitForConnectionAsync(1);
        _harness.Transport.GreetWithHello = true;

        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, TimeSpan.FromSeconds(1), "a second connection");

        Assert.Multiple(() =>
        {
            Assert.That(first.Aborted, Is.True);
            Assert.That(_harness.Slack.OpenCalls[1] - _harness.Slack.OpenCalls[0], Is.GreaterThanOrEqualTo(_harness.Options.ConnectTimeout));
            Assert.That(_harness.LogLines(LogLevel.Warning), Has.Some.Contains("no hello"));
        });
    }

    [Test]
    public async Task Link_disabled_stops_the_application_and_reconnects_no_more()
    {
        var connection = await _harness.StartConnectedAsync();

        connection.PushDisconnect("link_disabled");
        connection.PushClose();
        await Poll.UntilAsync(() => _harness.Lifetime.StopRequested, what: "the application to be stopped");
        await Poll.UntilAsync(() => _harness.Receiver.ExecuteTask!.IsCompleted, what: "the receiver to finish");
        _harness.Clock.Advance(TimeSpan.FromHours(1));

        AssertGaveUp("link_disabled", openCalls: 1);
    }

    [Test]
    public async Task Link_disabled_before_hello_is_just_as_final()
    {
        _harness.Transport.GreetWithHello = false;
        await _harness.StartAsync();
        var connection = await _harness.Transport.WaitForConnectionAsync(1);

        connection.PushDisconnect("link_disabled");
        await Poll.UntilAsync(() => _harness.Receiver.ExecuteTask!.IsCompleted, what: "the receiver to finish");
        _harness.Clock.Advance(TimeSpan.FromHours(1));

        AssertGaveUp("link_disabled", openCalls: 1);
    }

    [TestCase("invalid_auth")]
    [TestCase("not_authed")]
    [TestCase("not_allowed_token_type")]
    [TestCase("account_inactive")]
    [TestCase("token_revoked")]
    public async Task An_app_token_Slack_refuses_stops_the_application(string error)
    {
        _harness.Slack.FailNext(new SlackApiException("apps.connections.open", error));

        await _harness.StartAsync();
        await Poll.UntilAsync(() => _harness.Receiver.ExecuteTask!.IsCompleted, what: "the receiver to finish");
        _harness.Clock.Advance(TimeSpan.FromHours(1));

        AssertGaveUp(error, openCalls: 1);
        Assert.That(_harness.Transport.Attempts, Is.Zero);
    }

    [Test]
    public async Task A_refusal_while_the_host_is_still_starting_stops_it_once_it_has_started()
    {
        await _harness.DisposeAsync();
        _harness = new ReceiverHarness(hostStarted: false);
        _harness.Slack.FailNext(new SlackApiException("apps.connections.open", "invalid_auth"));

        await _harness.StartAsync();
        await Poll.UntilAsync(() => _harness.Receiver.ExecuteTask!.IsCompleted, what: "the receiver to finish");
        var stoppedDuringStart = _harness.Lifetime.StopRequested;
        _harness.Lifetime.MarkStarted();

        Assert.Multiple(() =>
        {
            Assert.That(stoppedDuringStart, Is.False, "stopping a starting host fails its start with a bare cancellation");
            Assert.That(_harness.Lifetime.StopRequested, Is.True);
        });
    }

    [Test]
    public async Task A_transient_Slack_error_from_connections_open_is_retried()
    {
        _harness.Slack.FailNext(new SlackApiException("apps.connections.open", "internal_error"));
        await _harness.StartAsync();

        await _harness.AdvanceUntilAsync(() => _harness.Status.Current.IsConnected, Step, "a connection after the error");

        Assert.Multiple(() =>
        {
            Assert.That(_harness.Lifetime.StopRequested, Is.False);
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Stopping_closes_the_connection_with_a_close_frame()
    {
        var connection = await _harness.StartConnectedAsync();

        await _harness.Receiver.StopAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(connection.CloseSent, Is.True);
            Assert.That(connection.Aborted, Is.False);
            Assert.That(connection.Disposed, Is.True);
            Assert.That(_harness.Status.Current.IsConnected, Is.False);
        });
    }

    [Test]
    public async Task An_envelope_in_hand_when_stopping_is_still_acknowledged_before_the_close()
    {
        var stored = new TaskCompletionSource<DispatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Dispatcher.Answer = (_, _) => stored.Task;
        var connection = await _harness.StartConnectedAsync();
        connection.Push(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        await Poll.UntilAsync(() => !_harness.Dispatcher.Dispatched.IsEmpty, what: "the envelope to be in hand");

        var stopping = _harness.Receiver.StopAsync(CancellationToken.None);
        var closedBeforeStored = connection.CloseSent;
        stored.SetResult(new DispatchResult(DispatchOutcome.Accepted));
        await stopping;

        Assert.Multiple(() =>
        {
            Assert.That(closedBeforeStored, Is.False);
            Assert.That(connection.AckedEnvelopeIds, Is.EqualTo(new[] { "ac2cfd40-6f8c-4d5e-a1ad-646e532baa19" }));
            Assert.That(connection.CloseSent, Is.True);
        });
    }

    private void AssertGaveUp(string reason, int openCalls)
    {
        var errors = _harness.LogLines(LogLevel.Error);
        Assert.Multiple(() =>
        {
            Assert.That(_harness.Lifetime.StopRequested, Is.True);
            Assert.That(Environment.ExitCode, Is.EqualTo(SocketModeReceiver.RejectedExitCode));
            Assert.That(_harness.Status.Current, Is.EqualTo(new SocketModeState(null, reason)));
            Assert.That(_harness.Slack.OpenCalls, Has.Count.EqualTo(openCalls), "no reconnect");
            Assert.That(errors, Has.Count.EqualTo(1), "one clear error");
            Assert.That(errors.Single(), Does.Contain(reason).And.Contains("Slack:AppToken").And.Contains("\"Set-up\""));
            Assert.That(_harness.LogLines(), Has.None.Contains(ConnectionUrlSlackApi.TicketPrefix));
        });
    }

    private static JsonObject Reply(string text) => new() { ["response_type"] = "ephemeral", ["text"] = text };

    private static string EventEnvelope(string envelopeId, string eventId) => new JsonObject
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["payload"] = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = "T111",
            ["event_id"] = eventId,
            ["event_time"] = 1610241741,
            ["event"] = new JsonObject
            {
                ["type"] = "message", ["channel"] = "C111", ["user"] = "U222", ["text"] = "restarted the consumer by hand",
                ["ts"] = "1610241741.000500", ["channel_type"] = "channel",
            },
        },
    }.ToJsonString();
}
