using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;
using SlackBot.Testing;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>
/// PostgreSQL: a fresh database per test on the test process's throw-away cluster (<see cref="PostgresServer"/>),
/// registered with <c>AddPostgresStorage()</c> as serve does. Without PostgreSQL installed the tests are skipped, unless
/// <c>SLACKBOT_REQUIRE_POSTGRES=1</c> (CI) makes that a failure.
/// </summary>
public sealed class PostgresStorageProvider : IStorageProvider
{
    public IStorageUnderTest CreateEmpty(TimeProvider time) => new PostgresDatabaseUnderTest(RequireServer(), time);

    /// <summary>The cluster, or the test stops here: ignored on a machine without PostgreSQL, failed in CI.</summary>
    public static PostgresServer RequireServer()
    {
        if (PostgresServer.Shared is { } server) return server;
        var why = PostgresServer.WhyUnavailable ?? "unknown reason";
        if (PostgresServer.Required) Assert.Fail("PostgreSQL is required here but unavailable: " + why);
        Assert.Ignore("PostgreSQL is not available: " + why);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Storage services on <paramref name="connectionString"/> as serve registers them (<c>AddPostgresStorage()</c>), on this clock.</summary>
    public static IServiceCollection Services(string connectionString, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = connectionString,
            })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(time)
            .AddLogging()
            .AddPostgresStorage();
    }

    private sealed class PostgresDatabaseUnderTest(PostgresServer server, TimeProvider time) : IStorageUnderTest
    {
        private readonly string _database = server.CreateDatabase();

        public ServiceProvider Start() =>
            Services(server.ConnectionString(_database), time).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        public void Dispose() => server.DropDatabase(_database);
    }
}
