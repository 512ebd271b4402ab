using System.Globalization;
using System.Reflection;
using Npgsql;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Creates and migrates the schema at start-up. The steps are the SQL files in <c>Storage/Postgres/Schema</c>, named
/// <c>{version:000}-{part}.sql</c>: every file of a version is applied, in name order, in one transaction that also
/// records the version in <c>schema_version</c>. Replicas starting together take turns (an advisory lock), so each
/// step runs once.
/// </summary>
public static class PostgresSchema
{
    private const string ResourcePrefix = "SlackBot.Schema.";

    /// <summary>Serialises migrations across replicas; any constant no other advisory lock of the bot uses.</summary>
    private const long MigrationLock = 0x5_1AC_B07_0001;

    /// <summary>The steps this build knows, by version, each with its files' SQL in name order.</summary>
    public static IReadOnlyList<(int Version, IReadOnlyList<string> Sql)> Steps { get; } = LoadSteps();

    public static int CurrentVersion => Steps.Count == 0 ? 0 : Steps[^1].Version;

    /// <summary>Applies every step newer than the database's version; refuses (InvalidOperationException) a database from a newer build.</summary>
    public static void Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        var stored = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (stored > CurrentVersion)
            throw new InvalidOperationException($"it was written by a newer SlackBot (schema {stored}, this version knows {CurrentVersion}); run that version, or restore a backup");

        foreach (var (version, sql) in Steps.Where(step => step.Version > stored))
        {
            foreach (var part in sql) Execute(connection, transaction, part);
            Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO schema_version (version) VALUES ({version})"));
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static List<(int, IReadOnlyList<string>)> LoadSteps()
    {
        var assembly = typeof(PostgresSchema).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Name: name, Version: int.Parse(name.AsSpan(ResourcePrefix.Length, 3), CultureInfo.InvariantCulture)))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .GroupBy(file => file.Version)
            .OrderBy(group => group.Key)
            .Select(group => (group.Key, (IReadOnlyList<string>)group.Select(file => Read(assembly, file.Name)).ToList()))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
