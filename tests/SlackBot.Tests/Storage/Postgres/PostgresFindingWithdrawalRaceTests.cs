using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using SlackBot.Features.Findings;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// A save that races a withdrawal on another replica must not bring the finding back: the withdrawal and every write
/// of a finding take the id's lock, and the write checks the withdrawals only once it holds it.
/// </summary>
public sealed class PostgresFindingWithdrawalRaceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public async Task A_save_waiting_on_a_withdrawal_in_flight_writes_nothing_once_it_commits()
    {
        var a = await _replicas.StartAsync();
        var b = await _replicas.StartAsync();
        var finding = Documents.Finding("msg:C0INC1:1793886190.000200", "C0INC1:1793886101", T0);
        await a.GetRequiredService<IFindingStore>().SaveAsync(finding, CancellationToken.None);

        // Replica A's withdrawal, stopped between its writes and its commit.
        await using var connection = new NpgsqlConnection(_replicas.ConnectionString);
        await connection.OpenAsync();
        await using var withdrawal = await connection.BeginTransactionAsync();
        await PostgresFindingTable.LockAsync(connection, withdrawal, finding.Id, CancellationToken.None);
        await using (var keep = new NpgsqlCommand("INSERT INTO finding_withdrawals (id, doc) VALUES (@id, @doc)", connection, withdrawal))
        {
            keep.Parameters.AddWithValue("id", finding.Id);
            keep.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(new FindingWithdrawal { Id = finding.Id, AuthorId = finding.AuthorId, WithdrawnAt = T0 }) });
            await keep.ExecuteNonQueryAsync();
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM findings WHERE id = @id", connection, withdrawal))
        {
            delete.Parameters.AddWithValue("id", finding.Id);
            await delete.ExecuteNonQueryAsync();
        }

        // Replica B records the same reply again meanwhile; it has to wait.
        var save = b.GetRequiredService<IFindingStore>().SaveAsync(finding with { Text = "recorded again" }, CancellationToken.None);
        await Poll.UntilAsync(() => Waiting(_replicas.ConnectionString) > 0, what: "the save to wait for the withdrawal");
        await withdrawal.CommitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await save, Is.False, "the save saw the withdrawal");
            Assert.That(await b.GetRequiredService<IFindingStore>().FindAsync(finding.Id, CancellationToken.None), Is.Null);
        });
    }

    private static long Waiting(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted", connection);
        return (long)command.ExecuteScalar()!;
    }
}
