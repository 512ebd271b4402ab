using Npgsql;
using SlackBot.Hosting;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

public sealed class PostgresSchemaTests
{
    private PostgresServer _server = null!;
    private string _database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _server = PostgresStorageProvider.RequireServer();
        _database = _server.CreateDatabase();
    }

    [TearDown]
    public void DropDatabase() => _server.DropDatabase(_database);

    [Test]
    public async Task Opening_creates_the_schema_once_and_records_its_version()
    {
        using (PostgresDatabase.Open(_server.ConnectionString(_database))) { }
        using (PostgresDatabase.Open(_server.ConnectionString(_database))) { }

        await using var connection = new NpgsqlConnection(_server.ConnectionString(_database));
        await connection.OpenAsync();
        await using var versions = new NpgsqlCommand("SELECT array_agg(version ORDER BY version) FROM schema_version", connection);
        Assert.That((int[])(await versions.ExecuteScalarAsync())!, Is.EqualTo(PostgresSchema.Steps.Select(step => step.Version).ToArray()));
        await using var outbox = new NpgsqlCommand("SELECT count(*) FROM outbox", connection);
        Assert.That(await outbox.ExecuteScalarAsync(), Is.EqualTo(0L));
    }

    [Test]
    public async Task Replicas_starting_together_migrate_once()
    {
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresDatabase.Open(_server.ConnectionString(_database)))).ToArray();
        var databases = await Task.WhenAll(opens);
        foreach (var database in databases) await database.DisposeAsync();

        await using var connection = new NpgsqlConnection(_server.ConnectionString(_database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM schema_version", connection);
        Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo((long)PostgresSchema.Steps.Count));
    }

    [Test]
    public async Task A_database_from_a_newer_version_is_refused_and_left_alone()
    {
        using (PostgresDatabase.Open(_server.ConnectionString(_database))) { }
        await using (var connection = new NpgsqlConnection(_server.ConnectionString(_database)))
        {
            await connection.OpenAsync();
            await using var newer = new NpgsqlCommand($"INSERT INTO schema_version (version) VALUES ({PostgresSchema.CurrentVersion + 1})", connection);
            await newer.ExecuteNonQueryAsync();
        }

        var refused = Assert.Throws<StartupException>(() => PostgresDatabase.Open(_server.ConnectionString(_database)))!;
        Assert.That(refused.Message, Does.Contain("newer SlackBot").And.Contain("Storage:ConnectionString"));
    }

    [Test]
    public void An_unreachable_server_stops_start_up_with_one_line_naming_the_setting_and_not_the_password()
    {
        var refused = Assert.Throws<StartupException>(() =>
            PostgresDatabase.Open("Host=127.0.0.1;Port=1;Database=slackbot;Username=bot;Password=hunter2-secret;Timeout=3"))!;
        Assert.That(refused.Message, Does.Contain("Storage:ConnectionString").And.Contain("127.0.0.1:1/slackbot"));
        Assert.That(refused.Message, Does.Not.Contain("hunter2"));
        Assert.That(refused.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void A_wrong_password_is_reported_without_the_password()
    {
        // trust authentication accepts any password, so use a user that does not exist instead.
        var refused = Assert.Throws<StartupException>(() =>
            PostgresDatabase.Open(_server.ConnectionString(_database) + ";Username=nobody_here;Password=hunter2-secret"))!;
        Assert.That(refused.Message, Does.Contain("Storage:ConnectionString").And.Contain("nobody_here"));
        Assert.That(refused.Message, Does.Not.Contain("hunter2"));
    }
}
