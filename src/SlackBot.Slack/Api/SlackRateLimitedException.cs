namespace SlackBot.Slack.Api;

/// <summary>
/// Slack kept answering HTTP 429 after the client's retries, or asked for a longer pause than
/// <see cref="SlackApiOptions.MaxRetryAfter"/>. Slack did not process the call, so it is safe to send again
/// after <see cref="RetryAfter"/>.
/// </summary>
public sealed class SlackRateLimitedException : SlackApiException
{
    public SlackRateLimitedException()
        : this("unknown", retryAfter: null)
    {
    }

    public SlackRateLimitedException(string message)
        : base(message)
    {
    }

    public SlackRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackRateLimitedException(string method, TimeSpan? retryAfter)
        : base(method, SlackErrors.RateLimited)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Slack's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
