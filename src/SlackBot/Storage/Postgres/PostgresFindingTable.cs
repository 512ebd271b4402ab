using Npgsql;
using NpgsqlTypes;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// The <c>findings</c> table (<c>Schema/001-findings.sql</c>). Every write of a finding, the store's or a unit of
/// work's, goes through <see cref="UpsertAsync"/>: it skips an id that was withdrawn, checked inside the writer's
/// transaction under the id's lock that a withdrawal takes too, so a save racing a withdrawal cannot bring it back.
/// </summary>
public sealed class PostgresFindingTable(PostgresDatabase database) : PostgresDocumentTable<Finding>(database)
{
    /// <summary>The first key of the two-key advisory locks on finding ids (that key space is apart from the one-key locks).</summary>
    private const int FindingLockSpace = 0x5B07;

    private const string UpsertUnlessWithdrawnSql = """
        INSERT INTO findings (id, doc, incident_id, question_id, author_id, created_at, created_hour, restricted_to, theme_keys, theme_names)
        SELECT @id, @doc, @incident_id, @question_id, @author_id, @created_at, @created_hour, @restricted_to, @theme_keys, @theme_names
        WHERE NOT EXISTS (SELECT 1 FROM finding_withdrawals WHERE id = @id)
        ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, incident_id = excluded.incident_id, question_id = excluded.question_id,
            author_id = excluded.author_id, created_at = excluded.created_at, created_hour = excluded.created_hour,
            restricted_to = excluded.restricted_to, theme_keys = excluded.theme_keys, theme_names = excluded.theme_names
        """;

    protected override string Table => "findings";

    protected override string IdOf(Finding document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(Finding document)
    {
        var themes = FindingThemes.Of(document).ToArray();
        return
        [
            ("incident_id", document.IncidentId),
            ("question_id", document.QuestionId),
            ("author_id", document.AuthorId),
            ("created_at", document.CreatedAt),
            ("created_hour", FindingThemeTally.HourOf(document.CreatedAt)),
            ("restricted_to", FindingSearchRules.RestrictedTo(document)),
            // Grouped by key, shown by name: the same comparison FindingThemeTally.Of makes, not the server's collation.
            ("theme_keys", themes.Select(theme => theme.ToUpperInvariant()).ToArray()),
            ("theme_names", themes),
        ];
    }

    /// <summary>Upserts unless the id was withdrawn, in the caller's transaction or else in one of its own (the id's lock lasts until it ends).</summary>
    protected override async Task<bool> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Finding document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (transaction is null)
        {
            await using var own = await connection.BeginTransactionAsync(cancellationToken);
            var saved = await UpsertAsync(connection, own, document, cancellationToken);
            await own.CommitAsync(cancellationToken);
            return saved;
        }

        await LockAsync(connection, transaction, document.Id, cancellationToken);
        // A new statement after the lock: its snapshot sees a withdrawal that committed while this waited.
        await using var command = new NpgsqlCommand(UpsertUnlessWithdrawnSql, connection, transaction);
        command.Parameters.AddWithValue("id", document.Id);
        command.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(document) });
        foreach (var (column, value) in Columns(document))
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter(column, NpgsqlDbType.Text) { Value = DBNull.Value },
                DateTimeOffset instant => new NpgsqlParameter(column, NpgsqlDbType.TimestampTz) { Value = PostgresJson.Instant(instant) },
                string[] texts => new NpgsqlParameter(column, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = texts },
                _ => new NpgsqlParameter(column, value),
            });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Saves on its own, in a transaction of its own; false when the id was withdrawn.</summary>
    public async Task<bool> TrySaveAsync(Finding finding, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        return await UpsertAsync(connection, null, finding, cancellationToken);
    }

    /// <summary>Takes the finding id's lock until <paramref name="transaction"/> ends: a save and a withdrawal of one id take turns.</summary>
    internal static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@space, hashtext(@id))", connection, transaction);
        command.Parameters.AddWithValue("space", FindingLockSpace);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The findings a query selecting only <c>doc</c> returns, in its order.</summary>
    internal Task<IReadOnlyList<Finding>> ReadAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        QueryAsync(sql, parameters, cancellationToken);
}
