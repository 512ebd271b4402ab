using SlackBot.Hosting;
using SlackBot.Storage.Postgres;

namespace SlackBot.Tests.Storage.Postgres;

public sealed class PostgresConnectionStringTests
{
    [Test]
    public void A_database_url_becomes_npgsql_settings()
    {
        var builder = PostgresConnectionString.Parse("postgres://bot:p%40ss@db.internal:6543/learning?sslmode=verify-full&application_name=bot-a");

        Assert.Multiple(() =>
        {
            Assert.That(builder.Host, Is.EqualTo("db.internal"));
            Assert.That(builder.Port, Is.EqualTo(6543));
            Assert.That(builder.Database, Is.EqualTo("learning"));
            Assert.That(builder.Username, Is.EqualTo("bot"));
            Assert.That(builder.Password, Is.EqualTo("p@ss"));
            Assert.That(builder.SslMode, Is.EqualTo(Npgsql.SslMode.VerifyFull));
            Assert.That(builder.ApplicationName, Is.EqualTo("bot-a"));
        });
    }

    [Test]
    public void A_url_without_a_port_uses_5432_and_the_npgsql_form_is_taken_as_it_is()
    {
        Assert.That(PostgresConnectionString.Parse("postgresql://bot@db/learning").Port, Is.EqualTo(5432));
        var npgsql = PostgresConnectionString.Parse("Host=db;Port=5433;Database=learning;Username=bot;Password=x");
        Assert.That(PostgresConnectionString.Describe(npgsql), Is.EqualTo("db:5433/learning"));
    }

    [TestCase("Host=db;Nonsense Key=1;Password=hunter2")]
    [TestCase("postgres://bot:hunter2@db:notaport/learning")]
    public void A_malformed_value_stops_start_up_without_quoting_it(string value)
    {
        var refused = Assert.Throws<StartupException>(() => PostgresDatabase.Open(value))!;
        Assert.That(refused.Message, Does.StartWith("Storage:ConnectionString is not usable"));
        Assert.That(refused.Message, Does.Not.Contain("hunter2"));
    }

    [Test]
    public void No_connection_string_names_both_settings()
    {
        var refused = Assert.Throws<StartupException>(() => PostgresDatabase.Open(null))!;
        Assert.That(refused.Message, Does.Contain("Storage:ConnectionString").And.Contain("DATABASE_URL"));
    }
}
