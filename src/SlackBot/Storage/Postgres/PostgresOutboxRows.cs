using Npgsql;
using NpgsqlTypes;
using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Adding an outbox row (table <c>outbox</c>, <c>Schema/001-outbox.sql</c>) on a given connection and transaction:
/// the outbox store adds rows on their own, a unit of work adds them in its transaction with the state change.
/// </summary>
public static class PostgresOutboxRows
{
    private const string InsertSql = """
        INSERT INTO outbox (id, status, channel, correlation, next_attempt_at, message)
        VALUES (@id, @status, @channel, @correlation, @next_attempt_at, @message)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>Adds the row unless its id exists (the first row wins); true when it was added.</summary>
    public static async Task<bool> AddAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var command = Insert(connection, transaction, message);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static bool Add(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxMessage message)
    {
        using var command = Insert(connection, transaction, message);
        return command.ExecuteNonQuery() == 1;
    }

    private static NpgsqlCommand Insert(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxMessage message)
    {
        var command = new NpgsqlCommand(InsertSql, connection, transaction);
        command.Parameters.AddWithValue("id", message.Id);
        command.Parameters.AddWithValue("status", message.Status.ToString());
        command.Parameters.AddWithValue("channel", (object?)message.Channel ?? DBNull.Value);
        command.Parameters.AddWithValue("correlation", (object?)message.Correlation ?? DBNull.Value);
        command.Parameters.AddWithValue("next_attempt_at", PostgresJson.Instant(message.NextAttemptAt));
        command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(message) });
        return command;
    }
}
