using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Outbound;

public class OutboxSenderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private LiteDbDatabase _database = null!;
    private LiteDbOutboxStore _store = null!;
    private ScriptedSlackApi _slack = null!;
    private RecordingObserver _observer = null!;
    private OutboxSender _sender = null!;

    [SetUp]
    public void SetUp()
    {
        _database = LiteDbDatabase.InMemory();
        _store = new LiteDbOutboxStore(_database);
        _slack = new ScriptedSlackApi();
        _observer = new RecordingObserver();
        _sender = new OutboxSender(_store, new OutboxSignal(), _slack, [_observer], Options.Create(new OutboxOptions { MaxAttempts = 4 }), _time, NullLogger<OutboxSender>.Instance);
    }

    [TearDown]
    public void TearDown()
    {
        _sender.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task A_post_is_sent_with_its_id_in_the_metadata_and_its_ts_is_stored()
    {
        var row = Enqueue(Post("q1", "C1", "How did you know to look there?"));

        var sent = await _sender.SendAsync(row, CancellationToken.None);

        var request = _slack.CallsOf<PostMessageRequest>("chat.postMessage").Single();
        var stored = _store.Find("q1")!;
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.True);
            Assert.That(request.Metadata!.EventType, Is.EqualTo(OutboxSender.MetadataEventType));
            Assert.That(request.Metadata.EventPayload["outbox_id"]!.GetValue<string>(), Is.EqualTo("q1"));
            Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Sent));
            Assert.That(stored.ResultTs, Is.Not.Null.And.Not.Empty);
            Assert.That(_observer.Completed.Single().ResultTs, Is.EqualTo(stored.ResultTs));
        });
    }

    [Test]
    public async Task A_permanent_slack_error_parks_the_row_without_retrying()
    {
        var row = Enqueue(Post("q1", "C404", "hello"));
        _slack.FailNext("chat.postMessage", new SlackApiException("chat.postMessage", "channel_not_found"));

        await _sender.SendAsync(row, CancellationToken.None);

        var stored = _store.Find("q1")!;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Parked));
            Assert.That(stored.LastError, Is.EqualTo("channel_not_found"));
            Assert.That(_store.ReadDue(_time.GetUtcNow().AddDays(1), 10), Is.Empty);
            Assert.That(_store.ReadParked(10).Single().Id, Is.EqualTo("q1"));
        });
    }

    [Test]
    public async Task Rate_limiting_waits_as_long_as_slack_asks()
    {
        var row = Enqueue(Post("q1", "C1", "hello"));
        _slack.FailNext("chat.postMessage", new SlackRateLimitedException("chat.postMessage", TimeSpan.FromSeconds(30)));

        await _sender.SendAsync(row, CancellationToken.None);

        var stored = _store.Find("q1")!;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Pending));
            Assert.That(stored.NextAttemptAt, Is.EqualTo(_time.GetUtcNow().AddSeconds(30)));
            Assert.That(stored.NeedsVerification, Is.False, "a 429 was not processed by Slack");
        });
    }

    [Test]
    public async Task Transient_failures_back_off_and_give_up_after_the_maximum_attempts()
    {
        var row = Enqueue(Post("q1", "C1", "hello"));
        _slack.FailNext("chat.postMessage", new SlackApiException("chat.postMessage", "internal_error"), times: 10);

        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await _sender.SendAsync(_store.Find("q1")!, CancellationToken.None);
            var stored = _store.Find("q1")!;
            if (stored.Status == OutboxStatus.Pending) delays.Add(stored.NextAttemptAt - _time.GetUtcNow());
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Multiple(() =>
        {
            Assert.That(_store.Find("q1")!.Status, Is.EqualTo(OutboxStatus.Parked));
            Assert.That(_store.Find("q1")!.Attempts, Is.EqualTo(4));
            Assert.That(delays, Has.Count.EqualTo(3));
            Assert.That(delays, Is.Ordered.Ascending, "each retry waits longer");
            Assert.That(_slack.Count("chat.postMessage"), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task After_an_ambiguous_failure_a_post_that_reached_slack_is_not_posted_again()
    {
        var row = Enqueue(Post("q1", "C1", "hello"));
        _slack.FailNext("chat.postMessage", new SlackTransportException("chat.postMessage", 503, mayHaveBeenProcessed: true, "HTTP 503"));
        await _sender.SendAsync(row, CancellationToken.None);
        Assert.That(_store.Find("q1")!.NeedsVerification, Is.True);

        // Slack had in fact stored it: the message carries the row id in its metadata.
        _slack.ExistingMessages.Add(new SlackMessage
        {
            Ts = "1700000000.777777",
            Text = "hello",
            Metadata = new MessageMetadata(OutboxSender.MetadataEventType, new JsonObject { ["outbox_id"] = "q1" }),
        });
        _time.Advance(TimeSpan.FromMinutes(1));
        await _sender.SendAsync(_store.Find("q1")!, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_slack.Count("chat.postMessage"), Is.EqualTo(1), "not re-posted");
            Assert.That(_store.Find("q1")!.Status, Is.EqualTo(OutboxStatus.Sent));
            Assert.That(_store.Find("q1")!.ResultTs, Is.EqualTo("1700000000.777777"));
            Assert.That(_slack.CallsOf<HistoryRequest>("conversations.history").Single().IncludeAllMetadata, Is.True);
        });
    }

    [Test]
    public async Task After_an_ambiguous_failure_a_post_that_never_arrived_is_posted_once()
    {
        var row = Enqueue(Post("q1", "C1", "hello", threadTs: "1700000000.000100"));
        _slack.FailNext("chat.postMessage", new SlackTransportException("chat.postMessage", null, mayHaveBeenProcessed: true, "timeout"));
        await _sender.SendAsync(row, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(1));
        await _sender.SendAsync(_store.Find("q1")!, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_slack.Count("chat.postMessage"), Is.EqualTo(2));
            Assert.That(_slack.Count("conversations.replies"), Is.EqualTo(1), "a thread reply is looked for in its thread");
            Assert.That(_store.Find("q1")!.Status, Is.EqualTo(OutboxStatus.Sent));
        });
    }

    [Test]
    public async Task A_failure_before_slack_was_reached_retries_without_verification()
    {
        var row = Enqueue(Post("q1", "C1", "hello"));
        _slack.FailNext("chat.postMessage", new SlackTransportException("chat.postMessage", null, mayHaveBeenProcessed: false, "connection refused"));

        await _sender.SendAsync(row, CancellationToken.None);

        Assert.That(_store.Find("q1")!.NeedsVerification, Is.False);
    }

    [Test]
    public void A_post_interrupted_by_shutdown_is_verified_before_the_next_attempt()
    {
        var row = Enqueue(Post("q1", "C1", "hello"));
        using var shutdown = new CancellationTokenSource();
        shutdown.Cancel();
        _slack.FailNext("chat.postMessage", new OperationCanceledException(shutdown.Token));

        Assert.ThrowsAsync<OperationCanceledException>(() => _sender.SendAsync(row, shutdown.Token));

        var stored = _store.Find("q1")!;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Pending));
            Assert.That(stored.NeedsVerification, Is.True, "Slack may have the message: look before posting again");
        });
    }

    [Test]
    public async Task Already_reacted_counts_as_done()
    {
        var row = Enqueue(new OutboxMessage { Id = "r1", Kind = OutboxKind.AddReaction, Channel = "C1", Payload = """{"channel":"C1","timestamp":"1.2","name":"eyes"}""" });
        _slack.FailNext("reactions.add", new SlackApiException("reactions.add", "already_reacted"));

        await _sender.SendAsync(row, CancellationToken.None);

        Assert.That(_store.Find("r1")!.Status, Is.EqualTo(OutboxStatus.Sent));
    }

    [Test]
    public async Task A_late_command_answer_goes_to_its_response_url()
    {
        var row = Enqueue(new OutboxMessage
        {
            Id = "reply:cmd:1",
            Kind = OutboxKind.ResponseUrl,
            Payload = """{"url":"https://hooks.slack.com/commands/T1/2/abc","message":{"response_type":"ephemeral","text":"Here you go"}}""",
        });

        await _sender.SendAsync(row, CancellationToken.None);

        var (url, message) = _slack.CallsOf<(Uri, JsonObject)>("response_url").Single();
        Assert.Multiple(() =>
        {
            Assert.That(url.ToString(), Is.EqualTo("https://hooks.slack.com/commands/T1/2/abc"));
            Assert.That(message["text"]!.GetValue<string>(), Is.EqualTo("Here you go"));
        });
    }

    [Test]
    public async Task A_payload_that_cannot_be_read_is_parked()
    {
        var row = Enqueue(new OutboxMessage { Id = "bad", Kind = OutboxKind.PostMessage, Channel = "C1", Payload = "{not json" });

        await _sender.SendAsync(row, CancellationToken.None);

        Assert.That(_store.Find("bad")!.Status, Is.EqualTo(OutboxStatus.Parked));
    }

    [Test]
    public void Enqueuing_the_same_id_twice_keeps_one_row()
    {
        var outbox = new Outbox(_store, new OutboxSignal(), _time);

        var first = outbox.Enqueue(Post("q1", "C1", "first"));
        var second = outbox.Enqueue(Post("q1", "C1", "second"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(_store.All().Single().Payload, Does.Contain("first"));
        });
    }

    [Test]
    public void A_row_enqueued_in_a_failed_unit_of_work_is_not_stored()
    {
        var unitOfWork = new LiteDbUnitOfWork(_database, _store, new OutboxSignal(), _time);

        Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.CommitAsync(transaction =>
        {
            transaction.Enqueue(Post("q1", "C1", "hello"));
            throw new InvalidOperationException("the state change failed");
        }, CancellationToken.None));

        Assert.That(_store.Find("q1"), Is.Null);
    }

    private OutboxMessage Enqueue(OutboxMessage message)
    {
        var row = message with { CreatedAt = _time.GetUtcNow(), NextAttemptAt = _time.GetUtcNow() };
        _store.Add(row);
        return row;
    }

    private static OutboxMessage Post(string id, string channel, string text, string? threadTs = null) => new()
    {
        Id = id,
        Kind = OutboxKind.PostMessage,
        Channel = channel,
        Payload = JsonSerializer.Serialize(new PostMessageRequest { Channel = channel, Text = text, ThreadTs = threadTs }, SlackJson.Options),
    };

    private sealed class RecordingObserver : IOutboxObserver
    {
        public List<OutboxMessage> Completed { get; } = [];

        public Task OnCompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Completed.Add(message);
            return Task.CompletedTask;
        }
    }
}
