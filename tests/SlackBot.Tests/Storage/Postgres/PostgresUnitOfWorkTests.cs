using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Storage.Postgres;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// The unit of work on PostgreSQL with only its own stores: outbox rows are read straight from the <c>outbox</c> table,
/// and the NOTIFY other replicas' senders listen for is received on a second connection.
/// </summary>
public sealed class PostgresUnitOfWorkTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private PostgresTestStorage _storage = null!;
    private NpgsqlConnection _listener = null!;

    private IUnitOfWork UnitOfWork => _storage.Get<IUnitOfWork>();

    [SetUp]
    public async Task Start()
    {
        _storage = new PostgresTestStorage(services =>
        {
            // A findings table that keeps what it is given in memory and refuses "withdrawn" ids, as the real one does.
            services.AddSingleton<FakeFindingTable>();
            services.AddSingleton<IPostgresDocumentTable>(provider => provider.GetRequiredService<FakeFindingTable>());
            services.AddSingleton<RecordingObserver>();
            services.AddSingleton<IFindingObserver>(provider => provider.GetRequiredService<RecordingObserver>());
        });
        _listener = await _storage.ConnectAsync();
        await using var listen = new NpgsqlCommand($"LISTEN {PostgresUnitOfWork.OutboxChannel}", _listener);
        await listen.ExecuteNonQueryAsync();
    }

    [TearDown]
    public async Task Stop()
    {
        await _listener.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Test]
    public async Task Documents_and_rows_commit_together_in_order_and_wake_this_replica_and_the_others()
    {
        var incident = Documents.Incident("C1", T0, IncidentStatus.Resolved);
        var moment = Documents.Moment(incident.Id, "C1", "1.1", T0);
        var question = Documents.Question(moment.Id, incident.Id, T0) with { Status = QuestionStatus.Posted };

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("c"));
            transaction.Save(moment);
            transaction.Enqueue(Documents.Post("a"));
            transaction.Save(question);
        }, None);
        await UnitOfWork.CommitAsync(transaction => transaction.Enqueue(Documents.Post("b")), None);

        Assert.Multiple(async () =>
        {
            Assert.That(JsonSerializer.Serialize(await _storage.Get<IIncidentStore>().FindAsync(incident.Id, None)), Is.EqualTo(JsonSerializer.Serialize(incident)));
            Assert.That(JsonSerializer.Serialize(await _storage.Get<IMomentStore>().FindAsync(moment.Id, None)), Is.EqualTo(JsonSerializer.Serialize(moment)));
            Assert.That((await _storage.Get<IQuestionStore>().FindAsync(question.Id, None))?.Status, Is.EqualTo(QuestionStatus.Posted));
            Assert.That(await _storage.ColumnAsync<string>("SELECT id FROM outbox ORDER BY sequence"), Is.EqualTo(new[] { "c", "a", "b" }));
            Assert.That(await _storage.ColumnAsync<DateTime>("SELECT next_attempt_at FROM outbox WHERE id = 'c'"), Is.EqualTo(new[] { T0.UtcDateTime }), "stamped due now");
            Assert.That(SenderWasWoken(), Is.True);
        });
        Assert.That(await NextNotificationAsync(), Is.EqualTo(""), "the other replicas hear of the rows");
    }

    [Test]
    public async Task A_failure_inside_the_work_stores_nothing_and_notifies_nobody()
    {
        var incident = Documents.Incident("C1", T0);

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
            throw new InvalidOperationException("the state change could not be computed");
        }, None), Throws.InvalidOperationException.With.Message.Contains("could not be computed"));

        await AssertNothingStoredAsync(incident);
    }

    [Test]
    public async Task A_document_type_no_table_keeps_fails_the_whole_commit()
    {
        var incident = Documents.Incident("C1", T0);

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
            transaction.Save(new NotAStoredDocument("x"));
        }, None), Throws.ArgumentException.With.Message.Contains(nameof(NotAStoredDocument)));

        await AssertNothingStoredAsync(incident);
    }

    [Test]
    public async Task A_write_the_database_refuses_rolls_back_the_writes_before_it()
    {
        var incident = Documents.Incident("C1", T0);
        // The channel column is NOT NULL: the server refuses the second upsert, after the first and the row went in.
        var broken = Documents.Incident("C2", T0) with { ChannelId = null! };

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
            transaction.Save(broken);
        }, None), Throws.InstanceOf<PostgresException>());

        await AssertNothingStoredAsync(incident);
    }

    [Test]
    public async Task A_cancelled_unit_of_work_stores_nothing()
    {
        var incident = Documents.Incident("C1", T0);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
        }, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());

        await AssertNothingStoredAsync(incident);
    }

    [Test]
    public async Task A_row_that_is_already_there_keeps_its_first_version_and_wakes_no_one()
    {
        await UnitOfWork.CommitAsync(transaction => transaction.Enqueue(Documents.Post("row-1", text: "first")), None);
        Assert.That(SenderWasWoken(), Is.True);
        Assert.That(await NextNotificationAsync(), Is.EqualTo(""));
        var incident = Documents.Incident("C1", T0);

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1", text: "second"));
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _storage.ColumnAsync<string>("SELECT message->>'Payload' FROM outbox"), Has.Count.EqualTo(1).And.One.Contains("first"));
            Assert.That(await _storage.Get<IIncidentStore>().FindAsync(incident.Id, None), Is.Not.Null, "the state change still commits");
            Assert.That(SenderWasWoken(), Is.False, "no row was added");
        });
        Assert.That(await NextNotificationAsync(), Is.EqualTo(Marker), "no NOTIFY without a new row");
    }

    [Test]
    public async Task A_transaction_cannot_be_written_to_after_its_commit()
    {
        IStorageTransaction? kept = null;
        await UnitOfWork.CommitAsync(transaction => kept = transaction, None);

        Assert.That(() => kept!.Enqueue(Documents.Post("too-late")), Throws.InvalidOperationException);
        Assert.That(() => kept!.Save(Documents.Incident("C1", T0)), Throws.InvalidOperationException);
        Assert.That(await _storage.ColumnAsync<long>("SELECT count(*) FROM outbox"), Is.EqualTo(new[] { 0L }));
    }

    [Test]
    public async Task Observers_hear_of_the_findings_the_table_wrote_after_the_commit_and_not_of_withdrawn_ones()
    {
        var observer = _storage.Get<RecordingObserver>();
        var table = _storage.Get<FakeFindingTable>();
        var kept = Documents.Finding("msg:C1:1.1", "C1:1", T0);
        var withdrawn = Documents.Finding(FakeFindingTable.Withdrawn, "C1:1", T0);

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(withdrawn);
            transaction.Save(kept);
        }, None);

        Assert.Multiple(() =>
        {
            Assert.That(observer.SavedIds, Is.EqualTo(new[] { kept.Id }));
            Assert.That(table.Written, Is.EqualTo(new[] { kept.Id }));
        });
    }

    [Test]
    public void Observers_hear_nothing_when_the_commit_fails_after_the_finding_was_written()
    {
        var observer = _storage.Get<RecordingObserver>();
        var table = _storage.Get<FakeFindingTable>();

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(Documents.Finding("msg:C1:1.1", "C1:1", T0));
            transaction.Save(Documents.Incident("C2", T0) with { ChannelId = null! });
        }, None), Throws.InstanceOf<PostgresException>());

        Assert.Multiple(() =>
        {
            Assert.That(table.Written, Has.Count.EqualTo(1), "the finding was written in the transaction");
            Assert.That(observer.SavedIds, Is.Empty, "and rolled back with it");
        });
    }

    private const string Marker = "marker";

    private async Task AssertNothingStoredAsync(Incident incident)
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await _storage.Get<IIncidentStore>().FindAsync(incident.Id, None), Is.Null);
            Assert.That(await _storage.ColumnAsync<long>("SELECT count(*) FROM incidents"), Is.EqualTo(new[] { 0L }));
            Assert.That(await _storage.ColumnAsync<long>("SELECT count(*) FROM outbox"), Is.EqualTo(new[] { 0L }));
            Assert.That(SenderWasWoken(), Is.False);
        });
        Assert.That(await NextNotificationAsync(), Is.EqualTo(Marker), "nothing was NOTIFYed");
    }

    /// <summary>
    /// The payload of the next notification on the outbox channel. A marker is sent after everything the test did, and
    /// notifications arrive in commit order: the marker comes first exactly when the test's units of work sent none.
    /// </summary>
    private async Task<string> NextNotificationAsync()
    {
        string? payload = null;
        void Received(object sender, NpgsqlNotificationEventArgs notification) => payload ??= notification.Payload;
        _listener.Notification += Received;
        try
        {
            await using (var connection = await _storage.ConnectAsync())
            await using (var marker = new NpgsqlCommand($"SELECT pg_notify('{PostgresUnitOfWork.OutboxChannel}', '{Marker}')", connection))
                await marker.ExecuteNonQueryAsync();
            while (payload is null)
                if (!await _listener.WaitAsync(TimeSpan.FromSeconds(60))) Assert.Fail("no notification arrived, not even the marker");
            return payload;
        }
        finally
        {
            _listener.Notification -= Received;
        }
    }

    /// <summary>Whether the local sender has a wake-up waiting (and takes it, so the next check starts clean).</summary>
    private bool SenderWasWoken()
    {
        using var stop = new CancellationTokenSource();
        // On the fake clock the hour never passes: the wait completes at once only if a wake-up is waiting.
        var wait = _storage.Get<OutboxSignal>().WaitAsync(TimeSpan.FromHours(1), _storage.Time, stop.Token);
        var woken = wait.IsCompleted;
        stop.Cancel();
        Assert.That(() => wait.GetAwaiter().GetResult(), woken ? Throws.Nothing : Throws.InstanceOf<OperationCanceledException>());
        return woken;
    }

    private sealed record NotAStoredDocument(string Id);

    /// <summary>Stands in for the findings table: writes nothing to the database, refuses one withdrawn id.</summary>
    private sealed class FakeFindingTable : IPostgresDocumentTable
    {
        public const string Withdrawn = "msg:C1:withdrawn";

        public List<string> Written { get; } = [];

        public Type DocumentType => typeof(Finding);

        public Task<bool> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object document, CancellationToken cancellationToken)
        {
            var finding = (Finding)document;
            if (finding.Id == Withdrawn) return Task.FromResult(false);
            Written.Add(finding.Id);
            return Task.FromResult(true);
        }
    }

    private sealed class RecordingObserver : IFindingObserver
    {
        public List<string> SavedIds { get; } = [];

        public void Saved(Finding finding) => SavedIds.Add(finding.Id);

        public void Removed(string findingId) { }
    }
}
