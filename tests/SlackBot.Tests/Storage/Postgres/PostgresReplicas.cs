using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// Several bot processes on one fresh database, as far as storage goes: each <see cref="Start"/> is another replica's
/// services (its own pool, inbox lock connection and replica id) on one fake clock; <see cref="StartAsync"/> also runs
/// the replica's hosted services on the system clock, with its own in-memory search index when asked.
/// </summary>
internal sealed class PostgresReplicas : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    private readonly PostgresServer _server = PostgresStorageProvider.RequireServer();
    private readonly List<(ServiceProvider Services, List<IHostedService> Hosted)> _started = [];
    private readonly string _database;

    public PostgresReplicas() => _database = _server.CreateDatabase();

    public FakeTimeProvider Time { get; } = new(T0);

    public string ConnectionString => _server.ConnectionString(_database);

    /// <summary>A replica's storage services on <see cref="Time"/>, hosted services not started.</summary>
    public ServiceProvider Start()
    {
        var provider = Services(Time).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _started.Add((provider, []));
        return provider;
    }

    /// <summary>A replica with its hosted services running, on the system clock.</summary>
    public async Task<ServiceProvider> StartAsync(bool withSearch = false)
    {
        var services = Services(TimeProvider.System);
        if (withSearch)
        {
            // AddFindingSearch, with the index in memory instead of next to a LiteDB file.
            services.AddSingleton(provider => LuceneFindingSearch.InMemory(TimeProvider.System, provider.GetRequiredService<ILogger<LuceneFindingSearch>>()));
            services.AddSingleton<IFindingSearch>(provider => provider.GetRequiredService<LuceneFindingSearch>());
            services.AddSingleton<IFindingObserver, SearchIndexUpdater>();
            services.AddHostedService<SearchIndexStartup>();
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        _started.Add((provider, hosted));
        return provider;
    }

    /// <summary>Drops the database (closing every connection to it), as if the server went away under the replicas.</summary>
    public void DropDatabase() => _server.DropDatabase(_database);

    public async ValueTask DisposeAsync()
    {
        foreach (var (services, hosted) in _started)
        {
            foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
        }

        _server.DropDatabase(_database);
    }

    private IServiceCollection Services(TimeProvider time) => PostgresStorageProvider.Services(ConnectionString, time);
}
