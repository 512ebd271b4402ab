namespace SlackBot.Slack.Api;

/// <summary>
/// Settings of the Web API client. A plain class rather than a record on purpose: a record's generated
/// ToString would print the tokens.
/// </summary>
public sealed class SlackApiOptions
{
    /// <summary>Every call goes to {BaseUrl}{method}; GovSlack and the fake Slack in tests change it.</summary>
    public Uri BaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>xoxb- token used for every Web API method.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>xapp- token, only for apps.connections.open (Socket Mode).</summary>
    public string? AppToken { get; set; }

    /// <summary>Minimum gap between posts to one channel; Slack allows about one message per second per channel.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After the client sits out; beyond it the caller gets the 429 and decides.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a call answered with HTTP 429 is repeated (any method: Slack did not process it).</summary>
    public int RateLimitRetries { get; set; } = 5;

    /// <summary>How often a read is repeated after a server error, a connection failure or a timeout.</summary>
    public int ReadRetries { get; set; } = 3;

    /// <summary>Time allowed for one HTTP attempt, retries not included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
