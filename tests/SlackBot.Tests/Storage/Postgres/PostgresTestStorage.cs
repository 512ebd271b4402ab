using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// A fresh database for a PostgreSQL-only test, registered with <c>AddPostgresStorage()</c> as serve does (plus what the
/// test adds), and direct SQL on it to check what was really written.
/// </summary>
internal sealed class PostgresTestStorage : IAsyncDisposable
{
    private readonly PostgresServer _server;

    public PostgresTestStorage(Action<IServiceCollection>? configure = null)
    {
        _server = PostgresStorageProvider.RequireServer();
        Database = _server.CreateDatabase();
        var services = PostgresStorageProvider.Services(ConnectionString, Time);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero));

    public string Database { get; }

    public string ConnectionString => _server.ConnectionString(Database);

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Drops the database under the running services (closing their connections): storage stops being writable.</summary>
    public void DropDatabase() => _server.DropDatabase(Database);

    public async Task<NpgsqlConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns.</summary>
    public async Task<List<T>> ColumnAsync<T>(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _server.DropDatabase(Database);
    }
}
