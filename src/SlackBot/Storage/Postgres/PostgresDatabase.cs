using System.Net.Sockets;
using Npgsql;
using SlackBot.Hosting;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// The process's connection pool to the PostgreSQL database every replica shares. Opening it checks that the server
/// answers and brings the schema to this version (<see cref="PostgresSchema"/>); a failure stops start-up with one
/// line that names the setting and never the password.
/// </summary>
public sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    public const string Setting = "Storage:ConnectionString";

    private PostgresDatabase(NpgsqlDataSource dataSource, string description)
    {
        DataSource = dataSource;
        Description = description;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>host:port/database, safe to log.</summary>
    public string Description { get; }

    /// <summary>This process among the replicas, for leases and locks: unique per start.</summary>
    public string Replica { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <exception cref="StartupException">The setting is malformed, the server cannot be reached or refuses the login,
    /// or the schema is from a newer SlackBot.</exception>
    public static PostgresDatabase Open(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new StartupException($"{Setting} (or DATABASE_URL) must name the PostgreSQL database when Storage:Provider is Postgres, e.g. Host=db;Database=slackbot;Username=slackbot;Password=….");

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresConnectionString.Parse(connectionString);
        }
        catch (FormatException exception)
        {
            throw new StartupException($"{Setting} is not usable: {exception.Message}.");
        }

        if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = "slackbot";
        var description = PostgresConnectionString.Describe(builder);
        var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
        var database = new PostgresDatabase(dataSource, description);
        try
        {
            PostgresSchema.Migrate(dataSource);
            return database;
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            database.Dispose();
            throw new StartupException($"the PostgreSQL database {description} ({Setting}) cannot be used: {Reason(exception)}.");
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public NpgsqlConnection OpenConnection() => DataSource.OpenConnection();

    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    /// <summary>The server's own words where there are some (they never hold the password), else the driver's.</summary>
    private static string Reason(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.MessageText,
        NpgsqlException { InnerException: SocketException socket } => socket.Message,
        NpgsqlException { InnerException: TimeoutException } => "the server did not answer in time",
        _ => exception.Message,
    };
}
