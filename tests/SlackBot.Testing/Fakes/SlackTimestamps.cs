using System.Globalization;

namespace SlackBot.Testing.Fakes;

/// <summary>Issues message timestamps like Slack's ("1700000000.000100"): seconds and microseconds from the clock,
/// bumped by one microsecond when the clock has not moved, so every ts is unique and later ones sort after earlier
/// ones even under a frozen FakeTimeProvider.</summary>
internal sealed class SlackTimestamps(TimeProvider clock)
{
    private readonly Lock gate = new();
    private long lastMicroseconds;

    public string Next()
    {
        var now = (clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / 10;
        lock (gate)
        {
            lastMicroseconds = Math.Max(now, lastMicroseconds + 1);
            return Format(lastMicroseconds);
        }
    }

    public static string Format(long unixMicroseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{unixMicroseconds / 1_000_000}.{unixMicroseconds % 1_000_000:D6}");

    public static string FromTime(DateTimeOffset time) => Format((time - DateTimeOffset.UnixEpoch).Ticks / 10);

    /// <summary>Slack ts values compare as decimal numbers, not as strings.</summary>
    public static bool TryParse(string? ts, out decimal value) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static decimal Parse(string ts) =>
        TryParse(ts, out var value) ? value : throw new FormatException($"'{ts}' is not a Slack timestamp.");

    public static int Compare(string left, string right) => Parse(left).CompareTo(Parse(right));
}
