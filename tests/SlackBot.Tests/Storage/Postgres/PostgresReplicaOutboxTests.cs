using Microsoft.Extensions.DependencyInjection;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>Two replicas' senders on one outbox: each row claimed by one, a channel's rows never split while claimed.</summary>
public sealed class PostgresReplicaOutboxTests
{
    private static readonly DateTimeOffset T0 = PostgresReplicas.T0;

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public void A_row_claimed_by_one_replica_is_not_due_on_the_other_nor_are_later_rows_of_its_channel_until_the_claim_expires()
    {
        var a = Outbox(_replicas.Start());
        var b = Outbox(_replicas.Start());
        a.Add(Row("c1-first", "C1"));
        a.Add(Row("c2-first", "C2"));
        a.Add(Row("c1-second", "C1"));
        a.Add(Row("c3-first", "C3"));

        var aClaims = Ids(a.ReadDue(T0, 1));
        var bClaims = Ids(b.ReadDue(T0, 10));
        var aAgain = Ids(a.ReadDue(T0, 10));
        var bNextAttemptWithOwnRows = b.NextAttemptAt();
        foreach (var row in b.ReadDue(T0, 10)) b.Update(row with { Status = OutboxStatus.Sent, SentAt = T0 });
        var bNextAttempt = b.NextAttemptAt();
        var bAfterExpiry = Ids(b.ReadDue(T0 + PostgresOutboxStore.ClaimLease, 10));

        Assert.Multiple(() =>
        {
            Assert.That(aClaims, Is.EqualTo(new[] { "c1-first" }));
            Assert.That(bClaims, Is.EqualTo(new[] { "c2-first", "c3-first" }), "C1's second row waits behind A's claim on C1");
            Assert.That(aAgain, Is.EqualTo(new[] { "c1-first", "c1-second" }), "A keeps its claim and may take the rest of its channel");
            Assert.That(bNextAttemptWithOwnRows, Is.EqualTo(T0), "B's own claimed rows are due to B");
            Assert.That(bNextAttempt, Is.EqualTo(T0 + PostgresOutboxStore.ClaimLease), "C1's rows are A's until its claim ends, so B does not spin on them");
            Assert.That(bAfterExpiry, Is.EqualTo(new[] { "c1-first", "c1-second" }), "A's claims expired: as if A died, B sends its rows, in order");
        });
    }

    [Test]
    public async Task Two_senders_side_by_side_send_every_row_once_and_each_channels_rows_in_order()
    {
        var outboxes = new[] { Outbox(_replicas.Start()), Outbox(_replicas.Start()) };
        const int count = 40;
        for (var i = 0; i < count; i++) outboxes[i % 2].Add(Row($"row-{i:00}", $"C{i % 5}"));
        var sent = new List<(string Id, string Channel, int Replica)>();
        var gate = new Lock();

        var senders = outboxes.Select((outbox, replica) => Task.Run(async () =>
        {
            while (true)
            {
                lock (gate) if (sent.Count >= count) return;
                var due = outbox.ReadDue(T0, 3);
                foreach (var row in due)
                {
                    // The send as observed by Slack, in order; then the row is marked sent, as OutboxSender does.
                    lock (gate) sent.Add((row.Id, row.Channel!, replica));
                    outbox.Update(row with { Status = OutboxStatus.Sent, SentAt = T0 });
                }

                if (due.Count == 0) await Task.Yield();
            }
        })).ToArray();
        await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Multiple(() =>
        {
            Assert.That(sent.Select(entry => entry.Id).ToList(), Is.Unique.And.Count.EqualTo(count), "each row sent once");
            foreach (var channel in sent.GroupBy(entry => entry.Channel))
                Assert.That(channel.Select(entry => entry.Id), Is.Ordered, $"{channel.Key}'s rows in the order they were added");
            Assert.That(outboxes[0].ReadDue(T0.AddDays(1), 100), Is.Empty);
        });
    }

    private static OutboxMessage Row(string id, string channel) => new()
    {
        Id = id,
        Kind = OutboxKind.PostMessage,
        Channel = channel,
        Payload = $$"""{"channel":"{{channel}}","text":"hello"}""",
        CreatedAt = T0,
        NextAttemptAt = T0,
    };

    private static IOutboxStore Outbox(ServiceProvider services) => services.GetRequiredService<IOutboxStore>();

    private static List<string> Ids(IReadOnlyList<OutboxMessage> rows) => rows.Select(row => row.Id).ToList();
}
