using Npgsql;
using SlackBot.Scheduling;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Scheduled runs shared by every replica (table <c>job_runs</c>, <c>Schema/001-job-runs.sql</c>). A claim is one
/// <c>INSERT … ON CONFLICT DO UPDATE … WHERE claimable</c>: the database serialises two replicas claiming one period, and
/// the second finds the first's live lease. Recovery at start-up releases only expired leases, since the other replicas
/// are alive and may hold theirs.
/// </summary>
public sealed class PostgresJobRunStore(PostgresDatabase database) : IJobRunStore
{
    private const string Columns = "id, job, period, status, owner, lease_until, attempts, started_at, finished_at, error";

    private const string ClaimSql = $"""
        INSERT INTO job_runs AS run ({Columns})
        VALUES (@id, @job, @period, 'Running', @owner, @until, 1, @now, NULL, NULL)
        ON CONFLICT (id) DO UPDATE SET
            status = 'Running', owner = excluded.owner, lease_until = excluded.lease_until, attempts = run.attempts + 1,
            started_at = excluded.started_at, finished_at = NULL, error = NULL
        WHERE run.status IN ('Failed', 'Interrupted')
           OR (run.status = 'Running' AND (run.lease_until IS NULL OR run.lease_until <= @now))
        RETURNING {Columns}
        """;

    private const string FinishSql = """
        UPDATE job_runs SET status = @status, lease_until = NULL, finished_at = @at, error = @error
        WHERE id = @id AND status = 'Running' AND owner IS NOT DISTINCT FROM @owner AND attempts = @attempts
        """;

    public async Task<JobRun?> FindAsync(string job, DateTimeOffset period, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM job_runs WHERE id = @id", command => command.Parameters.AddWithValue("id", JobRun.IdFor(job, period)), cancellationToken))
        .SingleOrDefault();

    public async Task<JobRun?> LatestAsync(string job, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM job_runs WHERE job = @job ORDER BY period DESC LIMIT 1", command => command.Parameters.AddWithValue("job", job), cancellationToken))
        .SingleOrDefault();

    public async Task<JobRun?> TryClaimAsync(string job, DateTimeOffset period, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        (await QueryAsync(ClaimSql, command =>
        {
            command.Parameters.AddWithValue("id", JobRun.IdFor(job, period));
            command.Parameters.AddWithValue("job", job);
            command.Parameters.AddWithValue("period", Utc(period));
            command.Parameters.AddWithValue("owner", owner);
            command.Parameters.AddWithValue("now", Utc(now));
            command.Parameters.AddWithValue("until", Utc(until));
        }, cancellationToken)).SingleOrDefault();

    public async Task<bool> FinishAsync(JobRun claim, JobRunStatus status, DateTimeOffset at, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await ExecuteAsync(FinishSql, command =>
        {
            command.Parameters.AddWithValue("id", claim.Id);
            command.Parameters.AddWithValue("status", status.ToString());
            command.Parameters.AddWithValue("at", Utc(at));
            command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
            command.Parameters.AddWithValue("owner", (object?)claim.Owner ?? DBNull.Value);
            command.Parameters.AddWithValue("attempts", claim.Attempts);
        }, cancellationToken) == 1;
    }

    public Task RecordSkippedAsync(string job, DateTimeOffset period, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"""
            INSERT INTO job_runs ({Columns}) VALUES (@id, @job, @period, 'Skipped', NULL, NULL, 0, NULL, @at, NULL)
            ON CONFLICT (id) DO NOTHING
            """, command =>
        {
            command.Parameters.AddWithValue("id", JobRun.IdFor(job, period));
            command.Parameters.AddWithValue("job", job);
            command.Parameters.AddWithValue("period", Utc(period));
            command.Parameters.AddWithValue("at", Utc(at));
        }, cancellationToken);

    /// <summary>Marks as interrupted the runs whose lease has expired (or that have none); live leases belong to running replicas.</summary>
    public Task<int> RecoverInterruptedAsync(DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            UPDATE job_runs SET status = 'Interrupted', lease_until = NULL, finished_at = @at
            WHERE status = 'Running' AND (lease_until IS NULL OR lease_until <= @at)
            """, command => command.Parameters.AddWithValue("at", Utc(at)), cancellationToken);

    public Task<int> PruneAsync(string job, DateTimeOffset before, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM job_runs WHERE job = @job AND period < @before AND status <> 'Running'", command =>
        {
            command.Parameters.AddWithValue("job", job);
            command.Parameters.AddWithValue("before", Utc(before));
        }, cancellationToken);

    /// <summary>UTC to the millisecond, as every stored time (periods are whole minutes; the id keeps the exact period).</summary>
    private static DateTimeOffset Utc(DateTimeOffset value) => PostgresJson.Instant(value);

    private async Task<int> ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<JobRun>> QueryAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<JobRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new JobRun
            {
                Id = reader.GetString(0),
                Job = reader.GetString(1),
                Period = reader.GetFieldValue<DateTimeOffset>(2),
                Status = Enum.Parse<JobRunStatus>(reader.GetString(3)),
                Owner = reader.IsDBNull(4) ? null : reader.GetString(4),
                LeaseUntil = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                Attempts = reader.GetInt32(6),
                StartedAt = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                FinishedAt = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                Error = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return runs;
    }
}
