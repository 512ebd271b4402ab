using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Inbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage;

public class LiteDbInboxTests
{
    [Test]
    public async Task Appended_envelopes_are_pending_in_sequence_with_their_ordering_keys()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());

        Assert.That(await inbox.AppendAsync(Envelopes.Message("Ev1", channel: "C1"), CancellationToken.None), Is.True);
        Assert.That(await inbox.AppendAsync(Envelopes.Command("help", channel: "C2"), CancellationToken.None), Is.True);
        Assert.That(await inbox.AppendAsync(Envelopes.Message("Ev2", channel: "C2"), CancellationToken.None), Is.True);

        var pending = inbox.ReadPending(0, 10);
        Assert.Multiple(() =>
        {
            Assert.That(pending.Select(p => p.Envelope.Id), Is.EqualTo(new[] { "ev:Ev1", "cmd:trigger-1", "ev:Ev2" }), "events and commands in one order");
            Assert.That(pending.Select(p => p.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(pending.Select(p => p.Envelope.OrderingKey), Is.EqualTo(new[] { "C1", "C2", "C2" }));
            Assert.That(inbox.Find("cmd:trigger-1")!.OrderingKey, Is.EqualTo("C2"), "the key is stored on the record");
            Assert.That(inbox.PendingFor("C2").Select(r => r.Id), Is.EqualTo(new[] { "cmd:trigger-1", "ev:Ev2" }));
            Assert.That(inbox.ReadPending(pending[0].Sequence, 10).Select(p => p.Envelope.Id), Is.EqualTo(new[] { "cmd:trigger-1", "ev:Ev2" }), "read on after a sequence");
            Assert.That(inbox.ReadPending(0, 2), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task A_record_stored_without_a_key_gets_it_from_its_payload()
    {
        using var database = LiteDbDatabase.InMemory();
        await using var inbox = Open(database);
        // As the two-lane version stored it: no ordering key.
        var envelope = Envelopes.Message("EvOld", channel: "C9");
        database.Collection<InboxRecord>(LiteDbInbox.CollectionName).Insert(InboxRecord.From(envelope, 7) with { OrderingKey = "" });

        var pending = inbox.ReadPending(0, 10).Single();

        Assert.Multiple(() =>
        {
            Assert.That(pending.Sequence, Is.EqualTo(7));
            Assert.That(pending.Envelope.OrderingKey, Is.EqualTo("C9"));
        });
    }

    [Test]
    public async Task The_same_event_id_is_stored_once()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());

        var first = await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);
        var retry = await inbox.AppendAsync(Envelopes.Message("Ev1") with { RetryAttempt = 1, RetryReason = "http_timeout" }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(retry, Is.False);
            Assert.That(inbox.All(), Has.Count.EqualTo(1));
            Assert.That(inbox.All()[0].RetryAttempt, Is.Zero, "the first delivery is the one kept");
        });
    }

    [Test]
    public async Task Concurrent_deliveries_of_one_event_store_it_exactly_once()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(attempt =>
            Task.Run(async () => await inbox.AppendAsync(Envelopes.Message("EvSame") with { RetryAttempt = attempt % 4 }, CancellationToken.None))));

        Assert.Multiple(() =>
        {
            Assert.That(results.Count(stored => stored), Is.EqualTo(1));
            Assert.That(inbox.All(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_burst_of_appends_is_stored_completely_and_in_order()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => inbox.AppendAsync(Envelopes.Message($"Ev{i:D4}"), CancellationToken.None).AsTask()));

        var pending = inbox.ReadPending(0, 1000);
        Assert.Multiple(() =>
        {
            Assert.That(pending, Has.Count.EqualTo(500));
            Assert.That(inbox.All().Select(r => r.Sequence), Is.Ordered.Ascending);
            Assert.That(pending.Select(p => p.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(pending.Select(p => p.Envelope.Id).Distinct().Count(), Is.EqualTo(500));
        });
    }

    [Test]
    public async Task Completed_envelopes_leave_the_pending_list_and_keep_their_errors()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);
        await inbox.AppendAsync(Envelopes.Message("Ev2"), CancellationToken.None);

        await inbox.CompleteAsync("ev:Ev1", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);
        await inbox.CompleteAsync("ev:Ev2", new EnvelopeOutcome(Envelopes.Received, ["MomentListener: InvalidOperationException: boom"]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(inbox.ReadPending(0, 10), Is.Empty);
            Assert.That(inbox.Find("ev:Ev1")!.Status, Is.EqualTo(InboxStatus.Processed));
            Assert.That(inbox.Find("ev:Ev2")!.Status, Is.EqualTo(InboxStatus.Failed));
            Assert.That(inbox.Find("ev:Ev2")!.Errors, Has.One.Contains("boom"));
        });
    }

    [Test]
    public async Task A_processed_id_is_still_recognised_as_a_duplicate_until_pruned()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);
        await inbox.CompleteAsync("ev:Ev1", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);

        Assert.That(await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None), Is.False);

        var pruned = inbox.Prune(Envelopes.Received.AddSeconds(1));
        Assert.Multiple(async () =>
        {
            Assert.That(pruned, Is.EqualTo(1));
            Assert.That(await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None), Is.True);
        });
    }

    [Test]
    public async Task Pruning_never_removes_unprocessed_envelopes()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(inbox.Prune(Envelopes.Received.AddDays(30)), Is.Zero);
            Assert.That(inbox.ReadPending(0, 10), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Pending_envelopes_survive_reopening_the_file_and_keep_their_order()
    {
        using var directory = new TempDirectory();
        var path = directory.File("bot.db");

        using (var database = LiteDbDatabase.OpenFile(path))
        await using (var inbox = Open(database))
        {
            await inbox.AppendAsync(Envelopes.Message("EvA"), CancellationToken.None);
            await inbox.AppendAsync(Envelopes.Message("EvB"), CancellationToken.None);
            await inbox.CompleteAsync("ev:EvA", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);
        }

        using (var database = LiteDbDatabase.OpenFile(path))
        await using (var inbox = Open(database))
        {
            await inbox.AppendAsync(Envelopes.Message("EvC"), CancellationToken.None);
            Assert.Multiple(async () =>
            {
                Assert.That(inbox.ReadPending(0, 10).Select(p => p.Envelope.Id), Is.EqualTo(new[] { "ev:EvB", "ev:EvC" }));
                Assert.That(inbox.ReadPending(0, 10).Select(p => p.Sequence), Is.EqualTo(new long[] { 2, 3 }), "sequence numbers carry on after a restart");
                Assert.That(await inbox.AppendAsync(Envelopes.Message("EvA"), CancellationToken.None), Is.False, "still deduplicated after a restart");
            });
        }
    }

    [Test]
    public async Task Outcomes_written_while_envelopes_arrive_share_the_writer_and_each_lands_on_its_own_record()
    {
        using var directory = new TempDirectory();
        using var database = LiteDbDatabase.OpenFile(directory.File("bot.db"));
        await using var inbox = Open(database);
        var first = Enumerable.Range(0, 200).Select(i => Envelopes.Message($"EvFirst{i}", channel: $"C{i % 7}")).ToList();
        await Task.WhenAll(first.Select(envelope => inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));

        // Outcomes of the first wave race the appends of the second, as the processor's race the receivers'.
        var outcomes = first.Select((envelope, i) => inbox.CompleteAsync(envelope.Id,
            new EnvelopeOutcome(Envelopes.Received, i % 10 == 0 ? ["MomentListener: InvalidOperationException: boom"] : []), CancellationToken.None).AsTask());
        var second = Enumerable.Range(0, 200).Select(i => inbox.AppendAsync(Envelopes.Message($"EvSecond{i}", channel: $"C{i % 7}"), CancellationToken.None).AsTask());
        await Task.WhenAll(outcomes.Concat<Task>(second));

        Assert.Multiple(() =>
        {
            Assert.That(inbox.ReadPending(0, 1000).Select(p => p.Envelope.Id), Is.EqualTo(Enumerable.Range(0, 200).Select(i => $"ev:EvSecond{i}")).AsCollection);
            Assert.That(inbox.All().Count(record => record.Status == InboxStatus.Processed), Is.EqualTo(180));
            Assert.That(inbox.All().Count(record => record.Status == InboxStatus.Failed), Is.EqualTo(20));
            Assert.That(inbox.All().Select(record => record.Sequence), Is.Unique);
        });
    }

    [Test]
    public async Task An_outcome_for_an_id_never_stored_changes_nothing()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        await inbox.AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);

        await inbox.CompleteAsync("ev:Nope", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(inbox.Find("ev:Nope"), Is.Null);
            Assert.That(inbox.ReadPending(0, 10).Select(p => p.Envelope.Id), Is.EqualTo(new[] { "ev:Ev1" }));
        });
    }

    [Test]
    public async Task Reading_on_steps_over_processed_records_and_stops_at_the_limit()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        for (var i = 0; i < 30; i++) await inbox.AppendAsync(Envelopes.Message($"Ev{i}", channel: "C1"), CancellationToken.None);
        // The first 25 processed: a restart's cursor (0) starts among them.
        for (var i = 0; i < 25; i++) await inbox.CompleteAsync($"ev:Ev{i}", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(inbox.ReadPending(0, 4).Select(p => p.Envelope.Id), Is.EqualTo(new[] { "ev:Ev25", "ev:Ev26", "ev:Ev27", "ev:Ev28" }));
            Assert.That(inbox.ReadPending(0, 10).Select(p => p.Envelope.Id), Is.EqualTo(new[] { "ev:Ev25", "ev:Ev26", "ev:Ev27", "ev:Ev28", "ev:Ev29" }));
        });
    }

    [Test]
    public async Task Reading_pending_envelopes_walks_the_sequence_index_without_sorting()
    {
        await using var inbox = Open(LiteDbDatabase.InMemory());
        for (var i = 0; i < 200; i++) await inbox.AppendAsync(Envelopes.Message($"Ev{i}", channel: "C1"), CancellationToken.None);

        // A plan that loaded and sorted the backlog (the status index) made every read cost the whole backlog.
        var plan = inbox.AfterSequence(10, 5).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(plan["index"]["expr"].AsString, Is.EqualTo("$.Sequence"));
            Assert.That(plan.ContainsKey("orderBy"), Is.False, plan.ToString());
        });
    }

    private static LiteDbInbox Open(LiteDbDatabase database) => new(database, NullLogger<LiteDbInbox>.Instance);
}
