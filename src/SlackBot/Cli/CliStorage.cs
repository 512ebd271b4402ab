using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;

namespace SlackBot.Cli;

/// <summary>
/// The bot's own storage registrations for the offline commands: the same stores, unit of work and option validation
/// as <c>serve</c>, resolved from a small service provider instead of the web host.
/// </summary>
public static class CliStorage
{
    /// <summary>
    /// The store the settings name (<c>Storage:Provider</c>, <c>Storage:Path</c> or <c>Storage:ConnectionString</c>); the
    /// file or database opens when a store is first resolved.
    /// </summary>
    public static ServiceProvider Open(CliSettings settings) =>
        Build(services => services.AddSingleton(settings.Configuration).AddConfiguredStorage(settings.Configuration));

    /// <summary>The PostgreSQL stores on <paramref name="connectionString"/>, whatever the settings say (<c>migrate --to</c>).</summary>
    public static ServiceProvider OnPostgres(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = nameof(StorageProvider.Postgres),
                ["Storage:ConnectionString"] = connectionString,
            })
            .Build();
        return Build(services => services.AddSingleton<IConfiguration>(configuration).AddPostgresStorage());
    }

    /// <summary>A throw-away store in memory.</summary>
    public static ServiceProvider InMemory() => Build(services => services.AddInMemoryLiteDbStorage());

    private static ServiceProvider Build(Action<IServiceCollection> storage)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        storage(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
