using System.Net.Sockets;
using Npgsql;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Probes the database by upserting one row of table <c>health</c> (<c>Schema/001-health.sql</c>). A server that is down,
/// refuses connections or holds the row locked answers false within <see cref="Timeout"/>, never an exception, so
/// <c>/healthz</c> answers 503 instead of hanging.
/// </summary>
public sealed class PostgresStorageHealth(PostgresDatabase database, TimeProvider time) : IStorageHealth
{
    private const string ProbeSql = """
        INSERT INTO health (id, at, replica) VALUES ('probe', @at, @replica)
        ON CONFLICT (id) DO UPDATE SET at = excluded.at, replica = excluded.replica
        """;

    /// <summary>How long a probe may take before storage counts as not writable.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    public async Task<bool> IsWritableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await database.OpenConnectionAsync(timeout.Token);
            await using var command = new NpgsqlCommand(ProbeSql, connection);
            command.Parameters.AddWithValue("at", PostgresJson.Instant(time.GetUtcNow()));
            command.Parameters.AddWithValue("replica", database.Replica);
            await command.ExecuteNonQueryAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }
}
