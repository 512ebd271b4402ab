using System.Net;
using System.Text;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Program;

/// <summary>The built program, configured by environment variables only, as an operator runs it.</summary>
public class BuiltProgramHttpTests
{
    [Test]
    public async Task In_http_mode_it_calls_auth_test_answers_the_handshake_and_rejects_unsigned_requests()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Http",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }, "--urls", "http://127.0.0.1:0");

        var address = await program.WaitForListeningAsync();
        var sender = slack.SenderFor(address);
        using var handshake = await sender.SendUrlVerificationAsync("challenge-from-slack");
        using var unsigned = await sender.SendRawAsync(SignedRequestSender.EventsPath, Encoding.UTF8.GetBytes("{\"type\":\"url_verification\",\"challenge\":\"x\"}"), "application/json", SigningMode.NoHeaders);
        using var health = await new HttpClient().GetAsync(new Uri(address, "/healthz"));

        Assert.Multiple(async () =>
        {
            Assert.That(slack.Calls("auth.test"), Has.Count.EqualTo(1));
            Assert.That(handshake.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await handshake.Content.ReadAsStringAsync(), Is.EqualTo("challenge-from-slack"));
            Assert.That(unsigned.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.Exists(Path.Combine(directory.Path, "data", "slackbot.db")), Is.True, "the default storage path is relative to the working directory");
            Assert.That(program.Output + program.Errors, Does.Not.Contain(slack.BotToken).And.Not.Contain(slack.SigningSecret));
        });
    }

    [TestCase("Http", "SLACK_BOT_TOKEN", "Slack:BotToken")]
    [TestCase("Http", "SLACK_SIGNING_SECRET", "Slack:SigningSecret")]
    [TestCase("Socket", "SLACK_APP_TOKEN", "Slack:AppToken")]
    public async Task Without_a_required_setting_it_exits_non_zero_naming_it(string mode, string missing, string setting)
    {
        using var directory = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Slack__Mode"] = mode,
            ["SLACK_BOT_TOKEN"] = "xoxb-000-test",
            ["SLACK_SIGNING_SECRET"] = "not-a-real-secret",
            ["SLACK_APP_TOKEN"] = "xapp-1-test",
            ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        };
        environment.Remove(missing);
        await using var program = BuiltProgram.Start(directory.Path, environment, "--urls", "http://127.0.0.1:0");

        var exitCode = await program.WaitForExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(program.Errors, Does.Contain(setting));
            Assert.That(program.Errors, Does.Contain("README"));
            Assert.That(program.Errors, Does.Not.Contain("   at "), "one clear message, not a stack trace");
        });
    }

    [Test]
    public async Task A_bot_token_slack_rejects_stops_start_up_with_one_line()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Http",
            ["SLACK_BOT_TOKEN"] = "xoxb-revoked-token",
            ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }, "--urls", "http://127.0.0.1:0");

        var exitCode = await program.WaitForExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(program.Errors, Does.Contain("Slack rejected Slack:BotToken (invalid_auth)"));
            Assert.That(program.Errors + program.Output, Does.Not.Contain("   at "));
            Assert.That(program.Errors + program.Output, Does.Not.Contain("xoxb-revoked-token"));
        });
    }
}
