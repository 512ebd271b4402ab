using Microsoft.Extensions.Options;

namespace SlackBot.Hosting;

/// <summary>
/// Checks the Slack settings at start-up, so that a missing or mistyped token stops the bot with a message
/// that names the setting instead of failing later at the first Slack call. Never echoes a secret.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    private const string SeeReadme = "See the README, section \"Configuration\".";

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.BotToken))
            failures.Add($"Slack:BotToken is required (or set SLACK_BOT_TOKEN): the bot token from OAuth & Permissions, starting with xoxb-. {SeeReadme}");
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            failures.Add($"Slack:BotToken does not look like a bot token: it must start with xoxb-. {SeeReadme}");

        switch (options.Mode)
        {
            case SlackMode.Socket when string.IsNullOrWhiteSpace(options.AppToken):
                failures.Add($"Slack:AppToken is required in Socket mode (or set SLACK_APP_TOKEN): an app-level token with connections:write, starting with xapp-. Or set Slack:Mode=Http. {SeeReadme}");
                break;
            case SlackMode.Socket when !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal):
                failures.Add($"Slack:AppToken does not look like an app-level token: it must start with xapp-. {SeeReadme}");
                break;
            case SlackMode.Http when string.IsNullOrWhiteSpace(options.SigningSecret):
                failures.Add($"Slack:SigningSecret is required in Http mode (or set SLACK_SIGNING_SECRET): Basic Information › App Credentials › Signing Secret. {SeeReadme}");
                break;
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
            failures.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/. {SeeReadme}");
        else if (!options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
            failures.Add($"Slack:ApiBaseUrl must end with '/' (method names are appended to it). {SeeReadme}");

        if (options.PostInterval < TimeSpan.Zero)
            failures.Add($"Slack:PostInterval must not be negative. {SeeReadme}");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
