using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;
using SlackBot.Testing;

namespace SlackBot.IntegrationTests.Support;

/// <summary>
/// The storage the integration suite runs the bot on: a LiteDB file per test (the default) or, with
/// <c>SLACKBOT_TEST_STORAGE=postgres</c> (the second pass of <c>.ci/run</c>), a PostgreSQL database per storage path
/// on the test process's throw-away cluster. The same path means the same database, so a restart finds its data.
/// </summary>
public static class TestStorage
{
    public const string Variable = "SLACKBOT_TEST_STORAGE";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Databases = new(StringComparer.Ordinal);

    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable(Variable), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The storage settings for a test's storage path.</summary>
    public static IReadOnlyDictionary<string, string?> SettingsFor(string storagePath)
    {
        if (!OnPostgres) return new Dictionary<string, string?> { ["Storage:Path"] = storagePath };
        var server = PostgresServer.Shared
            ?? throw new InvalidOperationException($"{Variable}=postgres, but PostgreSQL is not available: {PostgresServer.WhyUnavailable}");
        var database = Databases.GetOrAdd(Path.GetFullPath(storagePath), _ => new Lazy<string>(server.CreateDatabase)).Value;
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(StorageProvider.Postgres),
            ["Storage:ConnectionString"] = server.ConnectionString(database),
            ["Storage:Path"] = storagePath,
        };
    }

    /// <summary>The stores on a test's storage, as the offline commands open them: for writing while the bot is stopped.</summary>
    public static ServiceProvider Open(string storagePath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SettingsFor(storagePath)).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddConfiguredStorage(configuration)
            .BuildServiceProvider();
    }
}
