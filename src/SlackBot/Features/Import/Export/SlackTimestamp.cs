using System.Globalization;

namespace SlackBot.Features.Import.Export;

/// <summary>
/// Slack's message timestamps ("1762353125.000200"): seconds since the Unix epoch, a dot, and a
/// six-digit sequence that Slack keeps unique per channel. They identify messages, so they stay strings;
/// this only reads the time out of them and orders them.
/// </summary>
internal static class SlackTimestamp
{
    private const int FractionDigits = 6;

    /// <summary>Microseconds since the epoch, or false when <paramref name="ts"/> is not a Slack timestamp.</summary>
    public static bool TryParse(string? ts, out long microseconds)
    {
        microseconds = 0;
        if (string.IsNullOrEmpty(ts)) return false;

        var dot = ts.IndexOf('.', StringComparison.Ordinal);
        var secondsPart = dot < 0 ? ts.AsSpan() : ts.AsSpan(0, dot);
        var fractionPart = dot < 0 ? [] : ts.AsSpan(dot + 1);

        // Ten or so digits of seconds; anything longer would overflow the microsecond count.
        if (secondsPart.Length is 0 or > 11 || !AllDigits(secondsPart) || !AllDigits(fractionPart)) return false;
        if (dot >= 0 && fractionPart.Length == 0) return false;

        var seconds = long.Parse(secondsPart, NumberStyles.None, CultureInfo.InvariantCulture);
        long fraction = 0;
        for (var i = 0; i < FractionDigits; i++)
        {
            fraction = fraction * 10 + (i < fractionPart.Length ? fractionPart[i] - '0' : 0);
        }

        microseconds = seconds * 1_000_000 + fraction;
        return true;
    }

    /// <summary>The moment a timestamp names; throws <see cref="FormatException"/> for a value that is not one.</summary>
    public static DateTimeOffset ToTime(string ts) =>
        TryParse(ts, out var microseconds)
            ? DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond)
            : throw new FormatException($"'{ts}' is not a Slack timestamp (seconds.sequence).");

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
