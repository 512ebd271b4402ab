using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Storage;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// Several bot processes on one fresh database, as far as storage goes: each <see cref="Start"/> is another replica's
/// services (its own pool, inbox lock connection and replica id), all on one fake clock.
/// </summary>
internal sealed class PostgresReplicas : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    private readonly PostgresServer _server = PostgresStorageProvider.RequireServer();
    private readonly List<ServiceProvider> _started = [];
    private readonly string _database;

    public PostgresReplicas() => _database = _server.CreateDatabase();

    public FakeTimeProvider Time { get; } = new(T0);

    public string ConnectionString => _server.ConnectionString(_database);

    public ServiceProvider Start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = ConnectionString,
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddLogging()
            .AddPostgresStorage()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _started.Add(services);
        return services;
    }

    /// <summary>Drops the database (closing every connection to it), as if the server went away under the replicas.</summary>
    public void DropDatabase() => _server.DropDatabase(_database);

    public async ValueTask DisposeAsync()
    {
        foreach (var services in _started) await services.DisposeAsync();
        _server.DropDatabase(_database);
    }
}
