using Microsoft.Extensions.Options;

namespace SlackBot.Slack.Api;

/// <summary>
/// Rejects settings that would only fail later, mid-conversation with Slack. Messages name the setting and
/// never echo a token's value.
/// </summary>
internal sealed class SlackApiOptionsValidator : IValidateOptions<SlackApiOptions>
{
    // Polly's own bounds for a timeout strategy.
    private static readonly TimeSpan ShortestAttemptTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestAttemptTimeout = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, SlackApiOptions options)
    {
        var failures = new List<string>();

        if (options.BaseUrl is not { IsAbsoluteUri: true } baseUrl || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack API BaseUrl must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack BotToken is required (an xoxb- token).");
        }

        if (options.PostInterval < TimeSpan.Zero)
        {
            failures.Add("Slack API PostInterval must not be negative.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("Slack API MaxRetryAfter must not be negative.");
        }

        if (options.RateLimitRetries < 0)
        {
            failures.Add("Slack API RateLimitRetries must not be negative.");
        }

        if (options.ReadRetries < 0)
        {
            failures.Add("Slack API ReadRetries must not be negative.");
        }

        if (options.AttemptTimeout < ShortestAttemptTimeout || options.AttemptTimeout > LongestAttemptTimeout)
        {
            failures.Add("Slack API AttemptTimeout must be between 10 milliseconds and 24 hours.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
