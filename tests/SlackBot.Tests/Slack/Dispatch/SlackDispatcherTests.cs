using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Inbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Dispatch;

public class SlackDispatcherTests
{
    private LiteDbDatabase _database = null!;
    private LiteDbInbox _inbox = null!;
    private AckWaiters _waiters = null!;
    private BotIdentityAccessor _identity = null!;
    private SlackDispatcher _dispatcher = null!;

    [SetUp]
    public void SetUp()
    {
        _database = LiteDbDatabase.InMemory();
        _inbox = new LiteDbInbox(_database, NullLogger<LiteDbInbox>.Instance);
        _waiters = new AckWaiters();
        _identity = new BotIdentityAccessor();
        _identity.Set(new BotIdentity("U0BOT", "B0BOT", "T1"));
        _dispatcher = new SlackDispatcher(_inbox, new InboxSignal(), _waiters, _identity,
            Options.Create(new SlackDispatchOptions { AckBudget = TimeSpan.FromSeconds(30) }), TimeProvider.System, NullLogger<SlackDispatcher>.Instance);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _inbox.DisposeAsync();
        _database.Dispose();
    }

    [Test]
    public async Task An_event_is_stored_before_it_is_accepted()
    {
        var result = await _dispatcher.DispatchAsync(Envelopes.Message("Ev1"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(DispatchOutcome.Accepted));
            Assert.That(_inbox.Find("ev:Ev1"), Is.Not.Null);
        });
    }

    [Test]
    public async Task A_retry_is_acknowledged_as_a_duplicate()
    {
        await _dispatcher.DispatchAsync(Envelopes.Message("Ev1"), CancellationToken.None);
        var retry = await _dispatcher.DispatchAsync(Envelopes.Message("Ev1") with { RetryAttempt = 1 }, CancellationToken.None);

        Assert.That(retry.Outcome, Is.EqualTo(DispatchOutcome.Duplicate));
    }

    [Test]
    public async Task The_bots_own_message_is_dropped_and_not_stored()
    {
        var result = await _dispatcher.DispatchAsync(Envelopes.Message("Ev1", user: "U0BOT", botId: "B0BOT"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(DispatchOutcome.OwnEcho));
            Assert.That(_inbox.All(), Is.Empty);
        });
    }

    [Test]
    public async Task A_commands_answer_travels_in_the_acknowledgement_when_ready_in_time()
    {
        var command = Envelopes.Command("help");
        var dispatch = _dispatcher.DispatchAsync(command, CancellationToken.None);
        await Poll.UntilAsync(() => _inbox.Find(command.Id) is not null);

        var delivered = _waiters.TryDeliver(command.Id, new JsonObject { ["text"] = "Here is what /learn can do" });
        var result = await dispatch;

        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.True);
            Assert.That(result.AckPayload!["text"]!.GetValue<string>(), Is.EqualTo("Here is what /learn can do"));
        });
    }

    [Test]
    public async Task A_commands_answer_that_misses_the_budget_is_left_for_the_worker_to_send()
    {
        var dispatcher = new SlackDispatcher(_inbox, new InboxSignal(), _waiters, _identity,
            Options.Create(new SlackDispatchOptions { AckBudget = TimeSpan.FromMilliseconds(1) }), TimeProvider.System, NullLogger<SlackDispatcher>.Instance);
        var command = Envelopes.Command("help");

        var result = await dispatcher.DispatchAsync(command, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(DispatchOutcome.Accepted));
            Assert.That(result.AckPayload, Is.Null);
            Assert.That(_waiters.TryDeliver(command.Id, new JsonObject()), Is.False, "nobody waits any more: the worker must use response_url");
        });
    }

    [Test]
    public async Task A_command_is_acknowledged_at_once_with_the_deferred_text_while_the_inbox_is_behind()
    {
        var pace = new InboxPace();
        pace.BacklogFull();
        var dispatcher = BehindDispatcher(pace, "Catching up first");
        var command = Envelopes.Command("status");

        // The budget is 30 s: only the pace can make this return before anyone delivers an answer.
        var result = await dispatcher.DispatchAsync(command, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(DispatchOutcome.Accepted));
            Assert.That(_inbox.Find(command.Id), Is.Not.Null, "stored before the acknowledgement");
            Assert.That(result.AckPayload!["text"]!.GetValue<string>(), Is.EqualTo("Catching up first"));
            Assert.That(result.AckPayload!["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(_waiters.TryDeliver(command.Id, new JsonObject()), Is.False, "the worker must answer through response_url");
        });
    }

    [Test]
    public async Task A_command_the_worker_releases_is_acknowledged_with_the_deferred_text()
    {
        var dispatcher = BehindDispatcher(new InboxPace(), "Catching up first");
        var command = Envelopes.Command("status");

        var dispatch = dispatcher.DispatchAsync(command, CancellationToken.None);
        await Poll.UntilAsync(() => _inbox.Find(command.Id) is not null);
        var deferred = _waiters.TryDefer(command.Id);
        var result = await dispatch;

        Assert.Multiple(() =>
        {
            Assert.That(deferred, Is.True);
            Assert.That(result.AckPayload!["text"]!.GetValue<string>(), Is.EqualTo("Catching up first"));
            Assert.That(_waiters.TryDeliver(command.Id, new JsonObject()), Is.False, "the worker must answer through response_url");
        });
    }

    [Test]
    public async Task Once_the_inbox_has_caught_up_a_command_waits_for_its_answer_again()
    {
        var pace = new InboxPace();
        pace.BacklogFull();
        pace.CaughtUp();
        var dispatcher = BehindDispatcher(pace, "Catching up first");
        var command = Envelopes.Command("status");

        var dispatch = dispatcher.DispatchAsync(command, CancellationToken.None);
        await Poll.UntilAsync(() => _inbox.Find(command.Id) is not null);
        var delivered = _waiters.TryDeliver(command.Id, new JsonObject { ["text"] = "Status" });
        var result = await dispatch;

        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.True);
            Assert.That(result.AckPayload!["text"]!.GetValue<string>(), Is.EqualTo("Status"));
        });
    }

    [Test]
    public async Task A_modal_submission_waits_for_its_answer_even_while_the_inbox_is_behind()
    {
        var pace = new InboxPace();
        pace.BacklogFull();
        var dispatcher = BehindDispatcher(pace, "Catching up first");
        var submission = Envelopes.Interaction(new JsonObject { ["type"] = "view_submission", ["view"] = new JsonObject { ["id"] = "V1" } });

        var dispatch = dispatcher.DispatchAsync(submission, CancellationToken.None);
        await Poll.UntilAsync(() => _inbox.Find(submission.Id) is not null);
        var errors = new JsonObject { ["response_action"] = "errors" };
        var delivered = _waiters.TryDeliver(submission.Id, errors);
        var result = await dispatch;

        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.True, "the submission's answer may be a validation error, which only the acknowledgement can carry");
            Assert.That(result.AckPayload!["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
        });
    }

    private SlackDispatcher BehindDispatcher(InboxPace pace, string deferredText) =>
        new(_inbox, new InboxSignal(), _waiters, _identity,
            Options.Create(new SlackDispatchOptions { AckBudget = TimeSpan.FromSeconds(30), DeferredCommandText = deferredText }),
            TimeProvider.System, NullLogger<SlackDispatcher>.Instance, pace: pace);
}
