using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>Two or three replicas on one database: each envelope stored once, each key processed by one replica at a time and in order.</summary>
public sealed class PostgresReplicaInboxTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public async Task A_delivery_retried_on_the_other_replica_at_the_same_time_is_stored_once()
    {
        var a = Inbox(_replicas.Start());
        var b = Inbox(_replicas.Start());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var envelope = Envelopes.Message($"Ev{i}", channel: $"C{i % 3}");
            var both = await Task.WhenAll(
                Task.Run(async () => await a.AppendAsync(envelope, None)),
                Task.Run(async () => await b.AppendAsync(envelope with { RetryAttempt = 1, RetryReason = "http_timeout" }, None)));
            return both.Count(added => added);
        })));

        var records = Records(a).All();
        Assert.Multiple(() =>
        {
            Assert.That(results, Is.All.EqualTo(1), "one of the two appends of each id stored it");
            Assert.That(records, Has.Count.EqualTo(20));
            Assert.That(records.Select(record => record.Sequence), Is.Unique);
        });
    }

    [Test]
    public async Task A_key_held_by_one_replica_is_not_handed_to_another_until_it_has_nothing_left()
    {
        var a = Inbox(_replicas.Start());
        var b = Inbox(_replicas.Start());
        await a.AppendAsync(Envelopes.Message("Ev1", channel: "C1"), None);
        await b.AppendAsync(Envelopes.Message("Ev2", channel: "C1"), None);

        var firstRead = Ids(a.ReadPending(0, 10));
        var bMeanwhile = Ids(b.ReadPending(0, 10));
        await b.AppendAsync(Envelopes.Message("Ev3", channel: "C1"), None);
        await b.AppendAsync(Envelopes.Message("Ev4", channel: "C2"), None);
        var bWithANewKey = Ids(b.ReadPending(0, 10));
        var aAgain = Ids(a.ReadPending(0, 10));
        var aOnceMore = Ids(a.ReadPending(0, 10));
        foreach (var id in new[] { "ev:Ev1", "ev:Ev2", "ev:Ev3" }) await a.CompleteAsync(id, new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);
        await b.AppendAsync(Envelopes.Message("Ev5", channel: "C1"), None);
        var bAfterRelease = Ids(b.ReadPending(0, 10));

        Assert.Multiple(() =>
        {
            Assert.That(firstRead, Is.EqualTo(new[] { "ev:Ev1", "ev:Ev2" }));
            Assert.That(bMeanwhile, Is.Empty, "C1 is A's");
            Assert.That(bWithANewKey, Is.EqualTo(new[] { "ev:Ev4" }), "C2 was free");
            Assert.That(aAgain, Is.EqualTo(new[] { "ev:Ev3" }), "the holder gets the key's later envelope, whoever stored it");
            Assert.That(aOnceMore, Is.Empty, "each envelope is handed out once per run");
            Assert.That(bAfterRelease, Is.EqualTo(new[] { "ev:Ev5" }), "A let C1 go once it had finished everything of it");
        });
    }

    [Test]
    public async Task Replicas_reading_and_completing_side_by_side_process_every_envelope_once_and_each_key_in_order()
    {
        var inboxes = Enumerable.Range(0, 3).Select(_ => Inbox(_replicas.Start())).ToArray();
        var processed = new ConcurrentQueue<(string Id, long Sequence, string Key, int Replica)>();
        var inFlight = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var overlaps = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();

        var workers = inboxes.Select((inbox, replica) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var pending = inbox.ReadPending(0, 4);
                // A key is this replica's from being handed out until just before its last envelope here is completed.
                foreach (var key in pending.Select(next => next.Envelope.OrderingKey).Distinct())
                {
                    if (!inFlight.TryAdd(key, replica)) overlaps.Enqueue($"{key} was in flight on replica {inFlight.GetValueOrDefault(key)} when replica {replica} got it");
                }

                for (var i = 0; i < pending.Count; i++)
                {
                    var next = pending[i];
                    var key = next.Envelope.OrderingKey;
                    processed.Enqueue((next.Envelope.Id, next.Sequence, key, replica));
                    if (!pending.Skip(i + 1).Any(later => later.Envelope.OrderingKey == key)) inFlight.TryRemove(key, out _);
                    await inbox.CompleteAsync(next.Envelope.Id, new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);
                }

                if (pending.Count == 0) await Task.Yield();
            }
        })).ToArray();

        const int count = 60;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
            await inboxes[i % 3].AppendAsync(Envelopes.Message($"Ev{i}", channel: $"C{i % 4}"), None))));
        await Poll.UntilAsync(() => processed.Count >= count, TimeSpan.FromSeconds(90), () => $"{processed.Count} of {count} processed");
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var done = processed.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(done.Select(entry => entry.Id).ToList(), Is.Unique.And.Count.EqualTo(count), "each envelope processed once");
            Assert.That(overlaps, Is.Empty);
            foreach (var key in done.GroupBy(entry => entry.Key))
                Assert.That(key.Select(entry => entry.Sequence), Is.Ordered.Ascending, $"{key.Key} in sequence order across replicas");
            Assert.That(Records(inboxes[0]).All().Where(record => record.Status == InboxStatus.Pending), Is.Empty);
        });
    }

    [Test]
    public async Task When_a_replica_stops_another_takes_its_keys_and_resumes_their_pending_envelopes_in_order()
    {
        var first = _replicas.Start();
        var a = Inbox(first);
        var b = Inbox(_replicas.Start());
        await a.AppendAsync(Envelopes.Message("Ev1", channel: "C1"), None);
        await a.AppendAsync(Envelopes.Message("Ev2", channel: "C1"), None);
        var aRead = Ids(a.ReadPending(0, 10));
        await a.CompleteAsync("ev:Ev1", new EnvelopeOutcome(Envelopes.Received, []), CancellationToken.None);
        var bWhileAHolds = Ids(b.ReadPending(0, 10));

        await first.DisposeAsync();
        var resumed = await Poll.UntilAsync(() => Ids(b.ReadPending(0, 10)) is { Count: > 0 } read ? read : null, TimeSpan.FromSeconds(30), () => "B never got C1");

        Assert.Multiple(() =>
        {
            Assert.That(aRead, Is.EqualTo(new[] { "ev:Ev1", "ev:Ev2" }));
            Assert.That(bWhileAHolds, Is.Empty);
            Assert.That(resumed, Is.EqualTo(new[] { "ev:Ev2" }), "the one A had not finished; the finished one stays done");
        });
    }

    [Test]
    public async Task A_replica_killed_mid_way_frees_its_keys_with_its_connection_and_one_whose_lock_connection_broke_starts_over()
    {
        var a = Inbox(_replicas.Start());
        var b = Inbox(_replicas.Start());
        await a.AppendAsync(Envelopes.Message("Ev1", channel: "C1"), None);
        var aRead = Ids(a.ReadPending(0, 10));

        // What a SIGKILL does to A's sessions: the server ends them, and the session locks with them.
        var terminated = await TerminateKeyLockSessionsAsync();
        var resumed = await Poll.UntilAsync(() => Ids(b.ReadPending(0, 10)) is { Count: > 0 } read ? read : null, TimeSpan.FromSeconds(30), () => "B never got C1");
        await b.AppendAsync(Envelopes.Message("Ev2", channel: "C1"), None);
        var aBroken = Assert.Catch(() => a.ReadPending(0, 10), "A's lock connection is gone");
        var aReopened = Ids(a.ReadPending(0, 10));
        var bNext = Ids(b.ReadPending(0, 10));

        Assert.Multiple(() =>
        {
            Assert.That(aRead, Is.EqualTo(new[] { "ev:Ev1" }));
            Assert.That(terminated, Is.EqualTo(1), "one session held key locks");
            Assert.That(resumed, Is.EqualTo(new[] { "ev:Ev1" }));
            Assert.That(aBroken, Is.Not.Null);
            Assert.That(aReopened, Is.Empty, "A reopened its lock connection, forgot its keys, and C1 is B's now");
            Assert.That(bNext, Is.EqualTo(new[] { "ev:Ev2" }));
        });
    }

    private async Task<int> TerminateKeyLockSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(_replicas.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM (
                SELECT pg_terminate_backend(pid) FROM (
                    SELECT DISTINCT pid FROM pg_locks
                    WHERE locktype = 'advisory' AND classid = @ns::oid AND objsubid = 2 AND granted) holders) terminated
            """, connection);
        command.Parameters.AddWithValue("ns", (long)PostgresLocks.InboxKey);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnvelopeInbox Inbox(ServiceProvider services) => services.GetRequiredService<IEnvelopeInbox>();

    private static IInboxRecords Records(IEnvelopeInbox inbox) => (IInboxRecords)inbox;

    private static List<string> Ids(IReadOnlyList<PendingEnvelope> pending) => pending.Select(entry => entry.Envelope.Id).ToList();
}
