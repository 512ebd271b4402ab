using System.Net.Http.Headers;

namespace SlackBot.Slack.Api;

/// <summary>Reads how long Slack asked us to wait before repeating a rate-limited call.</summary>
internal static class SlackRetryAfter
{
    /// <summary>Slack normally sends seconds; a date form is honoured too. Null when the header is absent.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now) =>
        Read(response.Headers.RetryAfter, now);

    public static TimeSpan? Read(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
