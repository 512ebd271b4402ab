using System.Reflection;
using Dapper;
using LiteDB;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Home;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Features.Workspace;
using Npgsql;
using NpgsqlTypes;
using SlackBot.Scheduling;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;
using SlackBot.Storage.Postgres;

namespace SlackBot.Storage.Migration;

/// <summary>
/// Copies a LiteDB store into a PostgreSQL database, collection by collection, through the PostgreSQL stores' own
/// writes (the unit of work, the withdrawal, the outbox rows). Only what PostgreSQL does not hold yet is written, so
/// running it again copies nothing and never overwrites what a running bot changed since. Caches that rebuild
/// themselves (theme tallies, the health probe) are left behind; the inbox and the scheduled runs come along, so a
/// delivery not yet processed is processed on PostgreSQL and a late Slack retry is still recognised.
/// </summary>
public sealed class LiteDbToPostgresCopier(LiteDbDatabase source, PostgresDatabase target, IUnitOfWork unitOfWork, IFindingStore findings)
{
    private const int BatchSize = 500;

    /// <summary>The parts in the order they are copied: withdrawals before findings, so a withdrawn finding stays out.</summary>
    public static IReadOnlyList<string> Parts { get; } =
    [
        LiteDbCollections.Incidents, LiteDbCollections.IncidentMessages, LiteDbCollections.Moments, LiteDbCollections.Questions,
        LiteDbCollections.QuestionPlans, LiteDbCollections.QuestionFeedback, LiteDbCollections.FindingWithdrawals, LiteDbCollections.Findings,
        LiteDbCollections.HomeViewers, LiteDbCollections.Channels, LiteDbCollections.Users, LiteDbCollections.ReviewJobs,
        LiteDbCollections.ResponseUrlUses, LiteDbCollections.ChannelSettings, LiteDbCollections.Ideas, LiteDbCollections.DigestSubscriptions,
        LiteDbCollections.SentDigests, LiteDbCollections.DigestVotes, LiteDbOutboxStore.CollectionName, LiteDbInbox.CollectionName,
        LiteDbJobRunStore.CollectionName,
    ];

    public async Task<IReadOnlyList<CopiedPart>> CopyAsync(IProgress<CopyProgress> progress, CancellationToken cancellationToken)
    {
        var copied = new List<CopiedPart>();
        for (var index = 0; index < Parts.Count; index++)
        {
            var part = Parts[index];
            var report = new Action<long, long>((done, total) => progress.Report(new CopyProgress(part, index, Parts.Count, done, total)));
            copied.Add(await CopyPartAsync(part, report, cancellationToken));
        }

        return copied;
    }

    private Task<CopiedPart> CopyPartAsync(string part, Action<long, long> report, CancellationToken cancellationToken) => part switch
    {
        LiteDbCollections.Incidents => CopyDocumentsAsync<Incident>(part, report, cancellationToken),
        LiteDbCollections.IncidentMessages => CopyDocumentsAsync<IncidentMessage>(part, report, cancellationToken),
        LiteDbCollections.Moments => CopyDocumentsAsync<Moment>(part, report, cancellationToken),
        LiteDbCollections.Questions => CopyDocumentsAsync<AskedQuestion>(part, report, cancellationToken),
        LiteDbCollections.QuestionPlans => CopyDocumentsAsync<QuestionPlan>(part, report, cancellationToken),
        LiteDbCollections.QuestionFeedback => CopyDocumentsAsync<QuestionFeedback>(part, report, cancellationToken),
        LiteDbCollections.FindingWithdrawals => CopyWithdrawalsAsync(report, cancellationToken),
        LiteDbCollections.Findings => CopyDocumentsAsync<Finding>(part, report, cancellationToken),
        LiteDbCollections.HomeViewers => CopyDocumentsAsync<HomeViewer>(part, report, cancellationToken),
        LiteDbCollections.Channels => CopyDocumentsAsync<ChannelInfo>(part, report, cancellationToken),
        LiteDbCollections.Users => CopyDocumentsAsync<PersonInfo>(part, report, cancellationToken),
        LiteDbCollections.ReviewJobs => CopyDocumentsAsync<ReviewJob>(part, report, cancellationToken),
        LiteDbCollections.ResponseUrlUses => CopyDocumentsAsync<ResponseUrlUse>(part, report, cancellationToken),
        LiteDbCollections.ChannelSettings => CopyDocumentsAsync<ChannelSettings>(part, report, cancellationToken),
        LiteDbCollections.Ideas => CopyDocumentsAsync<Idea>(part, report, cancellationToken),
        LiteDbCollections.DigestSubscriptions => CopyDocumentsAsync<DigestSubscription>(part, report, cancellationToken),
        LiteDbCollections.SentDigests => CopyDocumentsAsync<SentDigest>(part, report, cancellationToken),
        LiteDbCollections.DigestVotes => CopyDocumentsAsync<DigestVote>(part, report, cancellationToken),
        LiteDbOutboxStore.CollectionName => CopyOutboxAsync(report, cancellationToken),
        LiteDbInbox.CollectionName => CopyRowsAsync(LiteDbInbox.CollectionName, source.Collection<InboxRecord>(LiteDbInbox.CollectionName).Query().OrderBy(record => record.Sequence).ToList(),
            record => record.Id, AddInboxRecordAsync, report, cancellationToken),
        LiteDbJobRunStore.CollectionName => CopyRowsAsync(LiteDbJobRunStore.CollectionName, source.Collection<JobRun>(LiteDbJobRunStore.CollectionName).FindAll().ToList(),
            run => run.Id, AddJobRunAsync, report, cancellationToken),
        _ => throw new ArgumentException($"Unknown part {part}.", nameof(part)),
    };

    /// <summary>Documents in batches: the ids PostgreSQL lacks are saved in one unit of work per batch.</summary>
    private async Task<CopiedPart> CopyDocumentsAsync<TDocument>(string collection, Action<long, long> report, CancellationToken cancellationToken)
        where TDocument : class
    {
        var idOf = IdReader<TDocument>();
        var documents = source.Collection<TDocument>(collection);
        long total = documents.Count(), done = 0, copied = 0;
        report(0, total);
        foreach (var batch in BatchesOf(documents, idOf))
        {
            var present = await PresentAsync(collection, batch.Select(idOf).ToArray(), cancellationToken);
            var missing = batch.Where(document => !present.Contains(idOf(document))).ToList();
            if (missing.Count > 0)
                await unitOfWork.CommitAsync(transaction => missing.ForEach(document => transaction.Save(document)), cancellationToken);
            copied += missing.Count;
            done += batch.Length;
            report(done, total);
        }

        return new CopiedPart(collection, total, copied, total - copied);
    }

    /// <summary>
    /// Batches read one at a time in id order, each query finished before the caller awaits: a LiteDB cursor holds a read
    /// lock bound to its thread, and an await that resumes elsewhere leaves it held (LockRecursionException on the next read).
    /// </summary>
    private static IEnumerable<TDocument[]> BatchesOf<TDocument>(ILiteCollection<TDocument> documents, Func<TDocument, string> idOf)
    {
        var after = BsonValue.MinValue;
        while (true)
        {
            var batch = documents.Find(RangeQuery.Above("_id", after), 0, BatchSize).ToArray();
            if (batch.Length == 0) yield break;
            yield return batch;
            if (batch.Length < BatchSize) yield break;
            after = idOf(batch[^1]);
        }
    }

    private async Task<CopiedPart> CopyWithdrawalsAsync(Action<long, long> report, CancellationToken cancellationToken)
    {
        var withdrawals = source.Collection<FindingWithdrawal>(LiteDbCollections.FindingWithdrawals);
        long total = withdrawals.Count(), done = 0, copied = 0;
        report(0, total);
        // Read whole before the awaits: a LiteDB cursor holds a thread-bound lock.
        foreach (var withdrawal in withdrawals.FindAll().ToList())
        {
            // Keeps the first withdrawal of an id, so a second run changes nothing.
            if (await findings.WithdrawAsync(withdrawal, cancellationToken)) copied++;
            report(++done, total);
        }

        return new CopiedPart(LiteDbCollections.FindingWithdrawals, total, copied, total - copied);
    }

    /// <summary>Every row, sent ones too (their ids keep a replayed delivery from posting again), in the order they were added.</summary>
    private async Task<CopiedPart> CopyOutboxAsync(Action<long, long> report, CancellationToken cancellationToken)
    {
        var rows = new LiteDbOutboxStore(source).All();
        long done = 0, copied = 0;
        report(0, rows.Count);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var connection = await target.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var row in batch)
                if (await PostgresOutboxRows.AddAsync(connection, transaction, row, cancellationToken)) copied++;
            await transaction.CommitAsync(cancellationToken);
            done += batch.Length;
            report(done, rows.Count);
        }

        return new CopiedPart(LiteDbOutboxStore.CollectionName, rows.Count, copied, rows.Count - copied);
    }

    /// <summary>Rows of a pipeline table (inbox, job runs) in the given order, each inserted unless its id is there.</summary>
    private async Task<CopiedPart> CopyRowsAsync<TRow>(string part, IReadOnlyList<TRow> rows, Func<TRow, string> idOf,
        Func<NpgsqlConnection, NpgsqlTransaction, TRow, CancellationToken, Task<bool>> add, Action<long, long> report, CancellationToken cancellationToken)
    {
        long done = 0, copied = 0;
        report(0, rows.Count);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var present = await PresentAsync(part, batch.Select(idOf).ToArray(), cancellationToken);
            await using var connection = await target.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var row in batch.Where(row => !present.Contains(idOf(row))))
                if (await add(connection, transaction, row, cancellationToken)) copied++;
            await transaction.CommitAsync(cancellationToken);
            done += batch.Length;
            report(done, rows.Count);
        }

        return new CopiedPart(part, rows.Count, copied, rows.Count - copied);
    }

    /// <summary>
    /// An envelope as the PostgreSQL inbox stores it. Pending ones are processed by the bot on PostgreSQL; processed ones
    /// keep recognising Slack's late retries. Arrival order is kept: rows go in in LiteDB's sequence order.
    /// </summary>
    private static async Task<bool> AddInboxRecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, InboxRecord record, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO inbox (id, ordering_key, status, received_at, doc) VALUES (@id, @key, @status, @received_at, @doc)
            ON CONFLICT (id) DO NOTHING
            """;
        var envelope = record.ToEnvelope();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", record.Id);
        command.Parameters.AddWithValue("key", envelope.OrderingKey);
        command.Parameters.AddWithValue("status", record.Status.ToString());
        command.Parameters.AddWithValue("received_at", PostgresJson.Instant(record.ReceivedAt));
        command.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(record with { OrderingKey = envelope.OrderingKey }) });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>A scheduled run; one the LiteDB process left running is copied as interrupted, so it is tried again.</summary>
    private static async Task<bool> AddJobRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, JobRun run, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO job_runs (id, job, period, status, owner, lease_until, attempts, started_at, finished_at, error)
            VALUES (@id, @job, @period, @status, @owner, @lease_until, @attempts, @started_at, @finished_at, @error)
            ON CONFLICT (id) DO NOTHING
            """;
        var running = run.Status == JobRunStatus.Running;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", run.Id);
        command.Parameters.AddWithValue("job", run.Job);
        command.Parameters.AddWithValue("period", PostgresJson.Instant(run.Period));
        command.Parameters.AddWithValue("status", (running ? JobRunStatus.Interrupted : run.Status).ToString());
        command.Parameters.AddWithValue("owner", running || run.Owner is null ? DBNull.Value : run.Owner);
        command.Parameters.AddWithValue("lease_until", running || run.LeaseUntil is not { } lease ? DBNull.Value : PostgresJson.Instant(lease));
        command.Parameters.AddWithValue("attempts", run.Attempts);
        command.Parameters.AddWithValue("started_at", run.StartedAt is { } started ? PostgresJson.Instant(started) : DBNull.Value);
        command.Parameters.AddWithValue("finished_at", run.FinishedAt is { } finished ? PostgresJson.Instant(finished) : DBNull.Value);
        command.Parameters.AddWithValue("error", (object?)run.Error ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Which of these ids the PostgreSQL table (named as the LiteDB collection) already holds.</summary>
    private async Task<HashSet<string>> PresentAsync(string table, string[] ids, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenConnectionAsync(cancellationToken);
        var present = await connection.QueryAsync<string>(new CommandDefinition($"SELECT id FROM {table} WHERE id = ANY(@ids)", new { ids }, cancellationToken: cancellationToken));
        return present.ToHashSet(StringComparer.Ordinal);
    }

    private static Func<TDocument, string> IdReader<TDocument>()
    {
        var property = typeof(TDocument).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(TDocument).Name} has no Id.");
        return document => (string)property.GetValue(document)!;
    }
}
