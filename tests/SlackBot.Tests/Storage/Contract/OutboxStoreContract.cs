using SlackBot.Slack.Outbound;
using SlackBot.Storage.Outbox;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Outbox".</summary>
public abstract class OutboxStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IOutboxStore Outbox => Get<IOutboxStore>();

    [Test]
    public void An_added_row_reads_back_field_for_field()
    {
        var row = Due(Documents.Post("q:1:post1")) with
        {
            Attempts = 2, NeedsVerification = true, LastError = "http_503", ResultTs = "1.2", ResultChannel = "C0INC1", SentAt = T0.AddSeconds(3),
            TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        };

        Assert.Multiple(() =>
        {
            Assert.That(Outbox.Add(row), Is.True);
            Assert.That(Json(Outbox.Find(row.Id)), Is.EqualTo(Json(row)));
            Assert.That(Outbox.Find("q:2:post1"), Is.Null);
        });
    }

    [Test]
    public void A_row_id_is_added_once_and_the_first_row_is_kept()
    {
        var first = Outbox.Add(Due(Documents.Post("row-1", text: "first")));
        var second = Outbox.Add(Due(Documents.Post("row-1", text: "second")));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(Outbox.Find("row-1")?.Payload, Does.Contain("first"));
        });
    }

    [Test]
    public void Due_rows_are_the_pending_ones_whose_attempt_time_has_come_in_the_order_they_were_added()
    {
        Outbox.Add(Due(Documents.Post("c")));
        Outbox.Add(Due(Documents.Post("later")) with { NextAttemptAt = T0.AddMinutes(1) });
        Outbox.Add(Due(Documents.Post("a")) with { NextAttemptAt = T0.AddMinutes(-5) });
        Outbox.Add(Due(Documents.Post("sent")) with { Status = OutboxStatus.Sent });
        Outbox.Add(Due(Documents.Post("parked")) with { Status = OutboxStatus.Parked });
        Outbox.Add(Due(Documents.Post("b")));

        Assert.Multiple(() =>
        {
            Assert.That(Outbox.ReadDue(T0, 10).Select(row => row.Id), Is.EqualTo(new[] { "c", "a", "b" }));
            Assert.That(Outbox.ReadDue(T0, 2).Select(row => row.Id), Is.EqualTo(new[] { "c", "a" }), "at most max, the oldest first");
            Assert.That(Outbox.ReadDue(T0.AddMinutes(1), 10).Select(row => row.Id), Is.EqualTo(new[] { "c", "later", "a", "b" }));
        });
    }

    [Test]
    public void The_pending_count_is_the_rows_neither_sent_nor_parked_whenever_they_are_due()
    {
        var records = Get<IOutboxRecords>();
        var before = records.CountPending();
        Outbox.Add(Due(Documents.Post("now")));
        Outbox.Add(Due(Documents.Post("backing-off")) with { NextAttemptAt = T0.AddMinutes(5) });
        Outbox.Add(Due(Documents.Post("sent")) with { Status = OutboxStatus.Sent });
        Outbox.Add(Due(Documents.Post("parked")) with { Status = OutboxStatus.Parked });
        var added = records.CountPending();
        Outbox.Update(Outbox.Find("now")! with { Status = OutboxStatus.Sent });

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Zero);
            Assert.That(added, Is.EqualTo(2));
            Assert.That(records.CountPending(), Is.EqualTo(1), "a row that was sent no longer waits");
        });
    }

    [Test]
    public void The_next_attempt_is_the_earliest_among_pending_rows()
    {
        var before = Outbox.NextAttemptAt();
        Outbox.Add(Due(Documents.Post("in-ten")) with { NextAttemptAt = T0.AddMinutes(10) });
        Outbox.Add(Due(Documents.Post("in-two")) with { NextAttemptAt = T0.AddMinutes(2) });
        Outbox.Add(Due(Documents.Post("sent")) with { Status = OutboxStatus.Sent, NextAttemptAt = T0 });

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Null, "nothing pending");
            Assert.That(Outbox.NextAttemptAt(), Is.EqualTo(T0.AddMinutes(2)));
        });
    }

    [Test]
    public void An_update_replaces_the_rows_state()
    {
        var row = Due(Documents.Post("row-1"));
        Outbox.Add(row);

        Outbox.Update(row with { Status = OutboxStatus.Sent, ResultTs = "1793890000.000100", Attempts = 1, SentAt = T0 });

        Assert.Multiple(() =>
        {
            Assert.That(Outbox.Find("row-1")?.Status, Is.EqualTo(OutboxStatus.Sent));
            Assert.That(Outbox.Find("row-1")?.ResultTs, Is.EqualTo("1793890000.000100"));
            Assert.That(Outbox.ReadDue(T0, 10), Is.Empty);
        });
    }

    [Test]
    public void Updating_a_row_that_was_never_added_fails_and_adds_nothing()
    {
        Assert.That(() => Outbox.Update(Due(Documents.Post("ghost"))), Throws.InvalidOperationException);
        Assert.That(Outbox.Find("ghost"), Is.Null);
    }

    [Test]
    public void Parked_rows_are_listed_newest_first()
    {
        foreach (var id in new[] { "p1", "p2", "p3" }) Outbox.Add(Due(Documents.Post(id)) with { Status = OutboxStatus.Parked, LastError = "channel_not_found" });
        Outbox.Add(Due(Documents.Post("pending")));

        Assert.That(Outbox.ReadParked(2).Select(row => row.Id), Is.EqualTo(new[] { "p3", "p2" }));
    }

    [Test]
    public async Task Rows_survive_a_restart_and_later_rows_still_come_after_them()
    {
        Outbox.Add(Due(Documents.Post("a")));
        Outbox.Add(Due(Documents.Post("b")));

        await RestartAsync();
        Outbox.Add(Due(Documents.Post("c")));

        Assert.Multiple(() =>
        {
            Assert.That(Outbox.ReadDue(T0, 10).Select(row => row.Id), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(Outbox.Add(Due(Documents.Post("a"))), Is.False, "still known after the restart");
        });
    }

    [Test]
    public void The_records_list_every_row_and_a_features_rows_in_the_order_they_were_added()
    {
        Outbox.Add(Due(Documents.Post("b")) with { Correlation = "question:7" });
        Outbox.Add(Due(Documents.Post("a")) with { Correlation = "question:8", Status = OutboxStatus.Sent });
        Outbox.Add(Due(Documents.Post("c")) with { Correlation = "question:7", Status = OutboxStatus.Parked });
        var records = Get<IOutboxRecords>();

        Assert.Multiple(() =>
        {
            Assert.That(records.All().Select(row => row.Id), Is.EqualTo(new[] { "b", "a", "c" }));
            Assert.That(records.FindByCorrelation("question:7").Select(row => row.Id), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(records.FindByCorrelation("question:9"), Is.Empty);
            Assert.That(records, Is.SameAs(Outbox), "one store behind both interfaces");
        });
    }

    private static OutboxMessage Due(OutboxMessage row) => row with { CreatedAt = T0, NextAttemptAt = T0 };
}
