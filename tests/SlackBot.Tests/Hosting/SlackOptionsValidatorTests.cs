using SlackBot.Hosting;

namespace SlackBot.Tests.Hosting;

public class SlackOptionsValidatorTests
{
    private static readonly SlackOptionsValidator Validator = new();

    [Test]
    public void Complete_socket_settings_pass() =>
        Assert.That(Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1-2", AppToken = "xapp-1-A-3" }).Succeeded, Is.True);

    [Test]
    public void Complete_http_settings_pass() =>
        Assert.That(Validator.Validate(null, new SlackOptions { Mode = SlackMode.Http, BotToken = "xoxb-1-2", SigningSecret = "s3cr3t" }).Succeeded, Is.True);

    [TestCase(SlackMode.Socket, "", "xapp-1", "", "Slack:BotToken is required")]
    [TestCase(SlackMode.Socket, "xoxp-user-token", "xapp-1", "", "Slack:BotToken does not look like a bot token")]
    [TestCase(SlackMode.Socket, "xoxb-1", "", "", "Slack:AppToken is required in Socket mode")]
    [TestCase(SlackMode.Socket, "xoxb-1", "xoxb-wrong", "", "Slack:AppToken does not look like an app-level token")]
    [TestCase(SlackMode.Http, "xoxb-1", "", "", "Slack:SigningSecret is required in Http mode")]
    public void Each_problem_names_the_setting(SlackMode mode, string botToken, string appToken, string signingSecret, string expected)
    {
        var result = Validator.Validate(null, new SlackOptions { Mode = mode, BotToken = botToken, AppToken = appToken, SigningSecret = signingSecret });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain(expected));
            Assert.That(result.FailureMessage, Does.Contain("README"));
        });
    }

    [Test]
    public void A_malformed_token_is_never_echoed()
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = "xoxp-secret-user-token-123", AppToken = "xoxb-secret-456" });
        Assert.That(result.FailureMessage, Does.Not.Contain("secret"));
    }

    [TestCase("ftp://slack.com/api/")]
    [TestCase("https://slack.com/api")]
    public void Api_base_url_must_be_an_http_url_ending_in_a_slash(string url)
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1", ApiBaseUrl = new Uri(url) });
        Assert.That(result.FailureMessage, Does.Contain("Slack:ApiBaseUrl"));
    }
}
