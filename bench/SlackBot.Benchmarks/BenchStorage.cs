using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;
using SlackBot.Testing;

namespace SlackBot.Benchmarks;

/// <summary>
/// The bot's storage registrations for one provider, on a fresh place: a LiteDB file in a temp folder, or a new database
/// on the PostgreSQL server <see cref="PostgresVariable"/> names (a connection string to its <c>postgres</c> database or
/// any other the user may create databases from), else on a throw-away cluster (<see cref="PostgresServer"/>).
/// </summary>
internal sealed class BenchStorage : IAsyncDisposable
{
    /// <summary>A connection string to a PostgreSQL server to measure instead of the throw-away cluster (which runs with fsync off).</summary>
    public const string PostgresVariable = "SLACKBOT_BENCH_POSTGRES";

    private readonly string? _folder;
    private readonly string? _database;
    private readonly string? _serverConnection;

    private BenchStorage(ServiceProvider services, string? folder, string? database, string? serverConnection)
    {
        Services = services;
        _folder = folder;
        _database = database;
        _serverConnection = serverConnection;
    }

    public ServiceProvider Services { get; }

    /// <summary>Where the PostgreSQL numbers come from, for the run's log.</summary>
    public static string PostgresSource =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } ? PostgresVariable : "the throw-away cluster of tests/SlackBot.Testing (fsync off)";

    public static BenchStorage Create(StorageProvider provider, Action<IServiceCollection>? extra = null) =>
        provider == StorageProvider.Postgres ? OnPostgres(NewPostgresDatabase(), extra) : OnLiteDb(extra);

    /// <summary>A new empty database and how to reach it and the server (to drop it).</summary>
    public static (string Database, string ConnectionString, string? ServerConnection) NewPostgresDatabase()
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server)
        {
            using var connection = new Npgsql.NpgsqlConnection(server);
            connection.Open();
            using (var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection)) create.ExecuteNonQuery();
            return (name, new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, server);
        }

        var cluster = PostgresServer.Shared ?? throw new InvalidOperationException($"No PostgreSQL: {PostgresServer.WhyUnavailable}; or set {PostgresVariable}.");
        var database = cluster.CreateDatabase();
        return (database, cluster.ConnectionString(database), null);
    }

    public static BenchStorage OnPostgres((string Database, string ConnectionString, string? ServerConnection) target, Action<IServiceCollection>? extra = null) =>
        new(Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(StorageProvider.Postgres),
            ["Storage:ConnectionString"] = target.ConnectionString,
        }, services => services.AddPostgresStorage(), extra), null, target.Database, target.ServerConnection);

    private static BenchStorage OnLiteDb(Action<IServiceCollection>? extra)
    {
        var folder = Path.Combine(Path.GetTempPath(), "slackbot-bench-provider-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new(Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(StorageProvider.LiteDb),
            ["Storage:Path"] = Path.Combine(folder, "bot.db"),
        }, services => services.AddLiteDbStorage(), extra), folder, null, null);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection> storage, Action<IServiceCollection>? extra)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        storage(services);
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
        if (_database is not null) DropDatabase(_database, _serverConnection);
    }

    /// <summary>Drops a database made by <see cref="NewPostgresDatabase"/>, closing what is still connected to it.</summary>
    public static void DropDatabase(string database, string? serverConnection)
    {
        if (serverConnection is null)
        {
            PostgresServer.Shared?.DropDatabase(database);
            return;
        }

        using var connection = new Npgsql.NpgsqlConnection(serverConnection);
        connection.Open();
        using var drop = new Npgsql.NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)"), connection);
        drop.ExecuteNonQuery();
    }
}
