using Dapper;
using Npgsql;
using NpgsqlTypes;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Findings in PostgreSQL (<see cref="PostgresFindingTable"/>) and their withdrawals (<c>finding_withdrawals</c>).
/// Theme tallies are one GROUP BY over the columns the writer fills (<c>Schema/001-findings.sql</c>), so there is no
/// cache to keep in step with the writes. Observers are told after each write commits, as with LiteDB.
/// </summary>
public sealed class PostgresFindingStore(PostgresDatabase database, PostgresFindingTable findings, IEnumerable<IFindingObserver> observers) : IFindingStore
{
    private readonly IFindingObserver[] _observers = observers.ToArray();

    public Task<Finding?> FindAsync(string id, CancellationToken cancellationToken) => findings.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        findings.ReadAsync("SELECT doc FROM findings WHERE incident_id = @incidentId ORDER BY created_at", new { incidentId }, cancellationToken);

    public Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken) =>
        findings.ReadAsync("SELECT doc FROM findings WHERE question_id = @questionId ORDER BY created_at", new { questionId }, cancellationToken);

    public Task<IReadOnlyList<Finding>> ByAuthorAsync(string authorId, int max, CancellationToken cancellationToken) =>
        findings.ReadAsync("SELECT doc FROM findings WHERE author_id = @authorId ORDER BY created_at DESC LIMIT @max",
            new { authorId, max = Math.Max(0, max) }, cancellationToken);

    public async Task<IReadOnlyList<Finding>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        from >= to
            ? []
            : await findings.ReadAsync("SELECT doc FROM findings WHERE created_at >= @from AND created_at < @to ORDER BY created_at",
                new { from = PostgresJson.Instant(from), to = PostgresJson.Instant(to) }, cancellationToken);

    public async Task<IReadOnlyList<FindingThemeTally>> ThemeTalliesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // Whole hours only: the first that starts at or after from, the last that starts before to.
        var firstHour = FindingThemeTally.HourOf(from) < from ? FindingThemeTally.HourOf(from).AddHours(1) : from;
        var end = FindingThemeTally.HourOf(to) < to ? FindingThemeTally.HourOf(to).AddHours(1) : to;
        if (firstHour >= end) return [];
        const string sql = """
            SELECT f.created_hour AS Hour, f.incident_id AS IncidentId, f.restricted_to AS RestrictedTo, min(t.name) AS Theme, count(*)::int AS Count
            FROM findings f, unnest(f.theme_keys, f.theme_names) AS t(key, name)
            WHERE f.created_at >= @firstHour AND f.created_at < @end
            GROUP BY f.created_hour, f.incident_id, f.restricted_to, t.key
            ORDER BY f.created_hour
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TallyRow>(new CommandDefinition(sql,
            new { firstHour = PostgresJson.Instant(firstHour), end = PostgresJson.Instant(end) }, cancellationToken: cancellationToken));
        return rows.Select(row => new FindingThemeTally(new DateTimeOffset(DateTime.SpecifyKind(row.Hour, DateTimeKind.Utc)), row.IncidentId, row.RestrictedTo, row.Theme, row.Count)).ToList();
    }

    public Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken) =>
        findings.ReadAsync("SELECT doc FROM findings ORDER BY created_at", null, cancellationToken);

    public async Task<bool> SaveAsync(Finding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var saved = await findings.TrySaveAsync(finding, cancellationToken);
        if (saved) foreach (var observer in _observers) observer.Saved(finding);
        return saved;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var deleted = await DeleteAsync(connection, null, id, cancellationToken);
        if (deleted) foreach (var observer in _observers) observer.Removed(id);
        return deleted;
    }

    public async Task<bool> WithdrawAsync(FindingWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        ArgumentException.ThrowIfNullOrEmpty(withdrawal.Id);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresFindingTable.LockAsync(connection, transaction, withdrawal.Id, cancellationToken);
        // The first withdrawal is the one kept: a repeated click must not move its time.
        await using var keep = new NpgsqlCommand("INSERT INTO finding_withdrawals (id, doc) VALUES (@id, @doc) ON CONFLICT (id) DO NOTHING", connection, transaction);
        keep.Parameters.AddWithValue("id", withdrawal.Id);
        keep.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(withdrawal) });
        var first = await keep.ExecuteNonQueryAsync(cancellationToken) == 1;
        var deleted = await DeleteAsync(connection, transaction, withdrawal.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (deleted) foreach (var observer in _observers) observer.Removed(withdrawal.Id);
        return first;
    }

    public async Task<FindingWithdrawal?> WithdrawalAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition("SELECT doc FROM finding_withdrawals WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return json is null ? null : PostgresJson.Deserialize<FindingWithdrawal>(json);
    }

    private static async Task<bool> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var delete = new NpgsqlCommand("DELETE FROM findings WHERE id = @id", connection, transaction);
        delete.Parameters.AddWithValue("id", id);
        return await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private sealed class TallyRow
    {
        public DateTime Hour { get; init; }
        public string? IncidentId { get; init; }
        public string? RestrictedTo { get; init; }
        public string Theme { get; init; } = "";
        public int Count { get; init; }
    }
}
