using System.Globalization;

namespace SlackBot.Slack.Api;

/// <summary>
/// Slack message timestamps ("1700000000.000100"): opaque ids that are also seconds since the epoch with a
/// microsecond-style suffix. Compare them numerically, never as text of different lengths.
/// </summary>
public static class SlackTs
{
    /// <summary>The moment a ts stands for; <see cref="DateTimeOffset.UnixEpoch"/> if it is not a number.</summary>
    public static DateTimeOffset ToTime(string? ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : DateTimeOffset.UnixEpoch;

    /// <summary>A ts for a moment in time (6 decimals), e.g. for <c>oldest</c>/<c>latest</c> arguments.</summary>
    public static string FromTime(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000m).ToString("F6", CultureInfo.InvariantCulture);

    /// <summary>Orders timestamps by time; anything that is not a number sorts after those that are, by ordinal text.</summary>
    public static int Compare(string? left, string? right)
    {
        var leftParsed = decimal.TryParse(left, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var leftValue);
        var rightParsed = decimal.TryParse(right, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rightValue);
        return (leftParsed, rightParsed) switch
        {
            (true, true) => leftValue.CompareTo(rightValue),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((left, right) => Compare(left, right));
}
