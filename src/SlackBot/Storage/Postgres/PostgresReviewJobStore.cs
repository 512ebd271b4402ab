using Dapper;
using SlackBot.Features.Review;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Export and prep jobs in PostgreSQL (table <c>review_jobs</c>, <c>Schema/001-review.sql</c>). Every replica runs a
/// <see cref="ReviewJobWorker"/>, so <see cref="DueAsync"/> claims what it returns for this replica
/// (<see cref="PostgresDatabase.Replica"/>) for <see cref="Lease"/>: no other replica is given a job while the lease
/// lasts, and saving the job's next state (through the unit of work) ends the claim. A replica that dies mid-job lets
/// its lease run out, and another picks the job up.
/// </summary>
public sealed class PostgresReviewJobStore(PostgresDatabase database) : PostgresDocumentTable<ReviewJob>(database), IReviewJobStore
{
    /// <summary>Longer than any export or prep takes, short enough that a dead replica's jobs are not kept waiting long.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    protected override string Table => "review_jobs";

    protected override string IdOf(ReviewJob document) => document.Id;

    // claimed_by and claimed_until are always written as null: a save of the job is the end of its claim.
    protected override IReadOnlyList<(string Column, object? Value)> Columns(ReviewJob document) =>
    [
        ("status", document.Status),
        ("next_attempt_at", document.NextAttemptAt),
        ("requested_at", document.RequestedAt),
        ("completed_at", document.CompletedAt),
        ("claimed_by", null),
        ("claimed_until", null),
    ];

    public async Task<IReadOnlyList<ReviewJob>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        // SKIP LOCKED: two replicas asking at once each take different rows instead of waiting for each other.
        const string sql = """
            WITH due AS (
                SELECT id FROM review_jobs
                WHERE status = 'Pending' AND next_attempt_at <= @now
                  AND (claimed_by IS NULL OR claimed_by = @replica OR claimed_until <= @now)
                ORDER BY next_attempt_at
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE review_jobs AS job SET claimed_by = @replica, claimed_until = @until
            FROM due WHERE job.id = due.id
            RETURNING job.doc
            """;
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(sql, new
        {
            now = PostgresJson.Instant(now),
            until = PostgresJson.Instant(now + Lease),
            replica = Database.Replica,
            max = Math.Max(0, max),
        }, cancellationToken: cancellationToken));
        // RETURNING keeps no order: earliest attempt first, as the contract says.
        return rows.Select(PostgresJson.Deserialize<ReviewJob>).OrderBy(job => job.NextAttemptAt).ToList();
    }

    /// <summary>
    /// The earliest time a pending job can be due for this replica: a job another replica has claimed counts from the
    /// end of its lease, so a waiting worker does not spin on a job it cannot have.
    /// </summary>
    public async Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT min(CASE WHEN claimed_by IS NULL OR claimed_by = @replica THEN next_attempt_at ELSE greatest(next_attempt_at, claimed_until) END)
            FROM review_jobs WHERE status = 'Pending'
            """;
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(sql, new { replica = Database.Replica }, cancellationToken: cancellationToken));
        return next is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
    }

    public Task<IReadOnlyList<ReviewJob>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM review_jobs ORDER BY requested_at", null, cancellationToken);

    public Task<int> PruneFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM review_jobs WHERE status <> 'Pending' AND completed_at < @before", new { before = PostgresJson.Instant(before) }, cancellationToken);
}
