using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Storage;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// Several bot processes on one fresh database, hosted services running: each <see cref="StartAsync"/> is a replica with its own connection
/// pool, replica id and (when asked) its own in-memory search index, its hosted services running.
/// </summary>
internal sealed class HostedReplicas : IAsyncDisposable
{
    private readonly PostgresServer _server = PostgresStorageProvider.RequireServer();
    private readonly List<(ServiceProvider Services, List<IHostedService> Hosted)> _started = [];
    private readonly string _database;

    public HostedReplicas() => _database = _server.CreateDatabase();

    public string ConnectionString => _server.ConnectionString(_database);

    public async Task<ServiceProvider> StartAsync(bool withSearch = false)
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
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddPostgresStorage();
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

    public async ValueTask DisposeAsync()
    {
        foreach (var (services, hosted) in _started)
        {
            foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
        }

        _server.DropDatabase(_database);
    }
}
