using SlackBot.IntegrationTests.Crash;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Replicas;

/// <summary>The built program on PostgreSQL settings it cannot use: start-up stops with one line naming the setting, no password.</summary>
public sealed class PostgresStartupTests
{
    private const string Password = "hunter2-not-for-logs";

    [TestCase("Host=127.0.0.1;Port=1;Database=slackbot;Username=bot;Password=" + Password + ";Timeout=3", "127.0.0.1:1/slackbot")]
    [TestCase("postgres://bot:" + Password + "@127.0.0.1:1/slackbot?connect_timeout=3", "127.0.0.1:1/slackbot")]
    [TestCase("Host=db;Bogus Setting=1;Password=" + Password, "is not usable")]
    public async Task An_unusable_database_stops_start_up_with_one_line_naming_the_setting(string connectionString, string expected)
    {
        var (exit, output) = await StartAndWaitForExitAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["DATABASE_URL"] = connectionString,
        });

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(3));
            Assert.That(output, Does.Contain("SlackBot cannot start: ").And.Contain("Storage:ConnectionString").And.Contain(expected));
            Assert.That(output, Does.Not.Contain(Password));
            Assert.That(output, Does.Not.Contain("   at "), "one clear line, not a stack trace");
        });
    }

    [Test]
    public async Task An_unknown_provider_stops_start_up_naming_the_setting()
    {
        var (exit, output) = await StartAndWaitForExitAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Mongo" });

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(3));
            Assert.That(output, Does.Contain("Storage:Provider must be LiteDb or Postgres (it is 'Mongo')"));
        });
    }

    private static async Task<(int Exit, string Output)> StartAndWaitForExitAsync(Dictionary<string, string> storage)
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        var settings = new Dictionary<string, string>(storage)
        {
            ["Slack__Mode"] = "Http",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        };
        await using var program = BuiltProgram.Start(directory.Path, settings, "--urls", "http://127.0.0.1:0");
        var exit = await program.WaitForExitAsync(CrashRun.Generous);
        return (exit, program.Errors + program.Output);
    }
}
