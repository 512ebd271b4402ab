using SlackBot.Slack.Dispatch;
using SlackBot.Storage.Inbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Inbox".</summary>
public abstract class InboxContract(IStorageProvider provider) : StoreContract(provider)
{
    private IEnvelopeInbox Inbox => Get<IEnvelopeInbox>();

    private List<SlackBot.Slack.Inbound.SlackEnvelope> Pending(int max) => Inbox.ReadPending(0, max).Select(pending => pending.Envelope).ToList();

    [Test]
    public async Task An_envelope_id_is_stored_once_and_the_first_delivery_is_kept()
    {
        var first = await Inbox.AppendAsync(Envelopes.Message("Ev1", text: "first delivery"), None);
        var retry = await Inbox.AppendAsync(Envelopes.Message("Ev1", text: "retried") with { RetryAttempt = 1, RetryReason = "http_timeout" }, None);

        var pending = Pending(10);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(retry, Is.False);
            Assert.That(pending, Has.Count.EqualTo(1));
            Assert.That(pending[0].Payload, Does.Contain("first delivery"));
            Assert.That(pending[0].RetryAttempt, Is.Zero);
        });
    }

    [Test]
    public async Task Concurrent_deliveries_of_one_envelope_store_it_exactly_once()
    {
        var stored = await Task.WhenAll(Enumerable.Range(0, 20).Select(attempt =>
            Task.Run(async () => await Inbox.AppendAsync(Envelopes.Message("EvSame") with { RetryAttempt = attempt % 4 }, None))));

        Assert.Multiple(() =>
        {
            Assert.That(stored.Count(added => added), Is.EqualTo(1));
            Assert.That(Pending(100), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_burst_in_several_channels_is_stored_once_each_and_every_channel_reads_in_its_own_order()
    {
        // Three channels deliver at once, each in its own order, and every fifth event is retried straight away.
        var channels = new[] { "C1", "C2", "C3" };
        var results = await Task.WhenAll(channels.Select(channel => Task.Run(async () =>
        {
            var added = new List<bool>();
            for (var index = 0; index < 60; index++)
            {
                var envelope = Envelopes.Message($"Ev{channel}-{index:D2}", channel: channel);
                added.Add(await Inbox.AppendAsync(envelope, None));
                if (index % 5 == 0) added.Add(await Inbox.AppendAsync(envelope with { RetryAttempt = 1 }, None));
            }

            return added;
        })));

        var pending = Pending(1000);
        Assert.Multiple(() =>
        {
            Assert.That(results.Sum(added => added.Count(stored => stored)), Is.EqualTo(180), "each first delivery is stored");
            Assert.That(results.Sum(added => added.Count(stored => !stored)), Is.EqualTo(36), "each retry is a duplicate");
            Assert.That(pending, Has.Count.EqualTo(180));
            foreach (var channel in channels)
                Assert.That(pending.Where(envelope => envelope.OrderingKey == channel).Select(envelope => envelope.Id),
                    Is.EqualTo(Enumerable.Range(0, 60).Select(index => $"ev:Ev{channel}-{index:D2}")), channel);
        });
    }

    [Test]
    public async Task Pending_envelopes_are_read_in_acknowledgement_order_from_a_sequence_on()
    {
        await Inbox.AppendAsync(Envelopes.Message("Ev2"), None);
        await Inbox.AppendAsync(Envelopes.Command("resolve", triggerId: "t1"), None);
        await Inbox.AppendAsync(Envelopes.Message("Ev1"), None);
        await Inbox.AppendAsync(Envelopes.Command("status", triggerId: "t0"), None);
        await Inbox.AppendAsync(Envelopes.Message("Ev3"), None);

        // Read once each, as the processor reads: a store shared by replicas hands an envelope out once per run.
        var firstTwo = Inbox.ReadPending(0, 2);
        var rest = Inbox.ReadPending(firstTwo[^1].Sequence, 10);
        Assert.Multiple(() =>
        {
            Assert.That(firstTwo.Select(pending => pending.Envelope.Id), Is.EqualTo(new[] { "ev:Ev2", "cmd:t1" }), "at most max, the oldest first");
            Assert.That(rest.Select(pending => pending.Envelope.Id), Is.EqualTo(new[] { "ev:Ev1", "cmd:t0", "ev:Ev3" }));
            Assert.That(firstTwo.Concat(rest).Select(pending => pending.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(Get<IInboxRecords>().All().Select(record => record.Id), Is.EqualTo(new[] { "ev:Ev2", "cmd:t1", "ev:Ev1", "cmd:t0", "ev:Ev3" }));
        });
    }

    [Test]
    public async Task A_pending_envelope_reads_back_as_it_was_delivered()
    {
        var envelope = Envelopes.Message("Ev1") with { RetryAttempt = 2, RetryReason = "http_error", Transport = "socket" };

        await Inbox.AppendAsync(envelope, None);

        Assert.That(Pending(1).Single(), Is.EqualTo(envelope));
    }

    [Test]
    public async Task The_receipts_traceparent_is_kept_with_the_envelope_and_absent_when_none_was_given()
    {
        const string traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        await Inbox.AppendAsync(Envelopes.Message("Ev1") with { TraceParent = traceParent }, None);
        await Inbox.AppendAsync(Envelopes.Message("Ev2"), None);

        var pending = Pending(2);
        Assert.Multiple(() =>
        {
            Assert.That(pending.Select(envelope => envelope.TraceParent), Is.EqualTo(new[] { traceParent, null }));
            Assert.That(Get<IInboxRecords>().All().Select(record => record.TraceParent), Is.EqualTo(new[] { traceParent, null }));
        });
    }

    [Test]
    public async Task A_completed_envelope_is_no_longer_pending_but_still_a_duplicate()
    {
        await Inbox.AppendAsync(Envelopes.Message("Ev1"), None);
        await Inbox.AppendAsync(Envelopes.Message("Ev2"), None);

        await Inbox.CompleteAsync("ev:Ev1", new EnvelopeOutcome(Envelopes.Received, []), None);
        await Inbox.CompleteAsync("ev:Ev2", new EnvelopeOutcome(Envelopes.Received, ["MomentListener: InvalidOperationException: boom"]), None);

        Assert.Multiple(async () =>
        {
            Assert.That(Pending(10), Is.Empty, "failed envelopes are done too: errors are recorded, not retried");
            Assert.That(await Inbox.AppendAsync(Envelopes.Message("Ev1"), None), Is.False);
        });
    }

    [Test]
    public async Task Pruning_forgets_processed_envelopes_received_before_the_cut_off_and_never_pending_ones()
    {
        await Inbox.AppendAsync(Envelopes.Message("EvDone"), None);
        await Inbox.AppendAsync(Envelopes.Message("EvWaiting"), None);
        await Inbox.CompleteAsync("ev:EvDone", new EnvelopeOutcome(Envelopes.Received, []), None);

        var notYet = Inbox.Prune(Envelopes.Received);
        var pruned = Inbox.Prune(Envelopes.Received.AddDays(30));

        Assert.Multiple(async () =>
        {
            Assert.That(notYet, Is.Zero, "received at the cut-off is not before it");
            Assert.That(pruned, Is.EqualTo(1));
            Assert.That(Pending(10).Select(envelope => envelope.Id), Is.EqualTo(new[] { "ev:EvWaiting" }));
            Assert.That(await Inbox.AppendAsync(Envelopes.Message("EvDone"), None), Is.True, "a forgotten id is new again");
        });
    }

    [Test]
    public async Task Pending_envelopes_survive_a_restart_in_order_and_later_ones_come_after_them()
    {
        await Inbox.AppendAsync(Envelopes.Message("EvA"), None);
        await Inbox.AppendAsync(Envelopes.Message("EvB"), None);
        await Inbox.CompleteAsync("ev:EvA", new EnvelopeOutcome(Envelopes.Received, []), None);

        await RestartAsync();
        await Inbox.AppendAsync(Envelopes.Message("EvC"), None);

        Assert.Multiple(async () =>
        {
            Assert.That(Pending(10).Select(envelope => envelope.Id), Is.EqualTo(new[] { "ev:EvB", "ev:EvC" }));
            Assert.That(await Inbox.AppendAsync(Envelopes.Message("EvA"), None), Is.False, "still deduplicated after the restart");
        });
    }

    [Test]
    public async Task The_records_show_each_envelopes_state_and_a_keys_pending_ones_in_order()
    {
        await Inbox.AppendAsync(Envelopes.Message("Ev1"), None);
        await Inbox.AppendAsync(Envelopes.Message("Ev2"), None);
        await Inbox.AppendAsync(Envelopes.Message("Ev3"), None);
        await Inbox.CompleteAsync("ev:Ev1", new EnvelopeOutcome(Envelopes.Received.AddSeconds(1), []), None);
        await Inbox.CompleteAsync("ev:Ev3", new EnvelopeOutcome(Envelopes.Received.AddSeconds(2), ["MomentListener: InvalidOperationException: boom"]), None);
        var records = Get<IInboxRecords>();
        var key = records.Find("ev:Ev2")!.OrderingKey;

        Assert.Multiple(() =>
        {
            Assert.That(records.Find("ev:Ev1")!.Status, Is.EqualTo(InboxStatus.Processed));
            Assert.That(records.Find("ev:Ev1")!.ProcessedAt, Is.EqualTo(Envelopes.Received.AddSeconds(1)));
            Assert.That(records.Find("ev:Ev3")!.Status, Is.EqualTo(InboxStatus.Failed));
            Assert.That(records.Find("ev:Ev3")!.Errors, Is.EqualTo(new[] { "MomentListener: InvalidOperationException: boom" }));
            Assert.That(records.Find("ev:Nope"), Is.Null);
            Assert.That(records.All().Select(record => record.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(records.PendingFor(key).Select(record => record.Id), Is.EqualTo(new[] { "ev:Ev2" }));
            Assert.That(records.PendingFor("C0OTHER"), Is.Empty);
        });
    }
}
