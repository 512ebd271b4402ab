using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SlackBot.Slack.Api;

/// <summary>
/// A Slack message timestamp ("1700000000.000100"): the id of a message in its channel, and also the seconds since the
/// Unix epoch with a six-digit fraction. It keeps the exact text it was read from (ids are compared as Slack wrote
/// them) and orders by time. Anything that is not one is refused: <see cref="TryParse"/> says false and
/// <see cref="Parse"/> throws <see cref="FormatException"/>; there is no fallback time.
/// </summary>
/// <remarks>
/// Records and payloads keep timestamps as strings (they are ids on the wire and in storage); this type is what reads
/// them. <c>default(SlackTs)</c> is the epoch, "0.000000".
/// </remarks>
public readonly struct SlackTs : IEquatable<SlackTs>, IComparable<SlackTs>, IComparable, IParsable<SlackTs>
{
    private const int FractionDigits = 6;

    // Ten digits today; eleven still fit the microsecond count and DateTimeOffset (year 5138).
    private const int MaxSecondsDigits = 11;

    private const string EpochText = "0.000000";

    private readonly string? _text;

    private SlackTs(string text, long unixMicroseconds)
    {
        _text = text;
        UnixMicroseconds = unixMicroseconds;
    }

    /// <summary>Microseconds since the Unix epoch; fraction digits past the sixth are not counted.</summary>
    public long UnixMicroseconds { get; }

    /// <summary>The timestamp exactly as it was parsed (or as <see cref="FromDateTimeOffset"/> wrote it).</summary>
    public string Text => _text ?? EpochText;

    /// <summary>Reads a Slack timestamp: 1 to 11 digits of seconds, optionally a dot and at least one fraction digit.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a Slack timestamp; the message quotes it.</exception>
    public static SlackTs Parse(string text) =>
        TryParse(text, out var ts)
            ? ts
            : throw new FormatException($"'{text}' is not a Slack timestamp (seconds.microseconds, e.g. 1700000000.000100).");

    /// <summary>Reads a Slack timestamp, or says false (and gives the epoch) for anything else, null included.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SlackTs ts)
    {
        ts = default;
        if (string.IsNullOrEmpty(text)) return false;

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var seconds = dot < 0 ? text.AsSpan() : text.AsSpan(0, dot);
        var fraction = dot < 0 ? [] : text.AsSpan(dot + 1);
        if (seconds.Length is 0 or > MaxSecondsDigits || !AllDigits(seconds) || !AllDigits(fraction)) return false;
        if (dot >= 0 && fraction.Length == 0) return false;

        long microseconds = 0;
        for (var i = 0; i < FractionDigits; i++)
        {
            microseconds = microseconds * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
        }

        ts = new SlackTs(text, long.Parse(seconds, NumberStyles.None, CultureInfo.InvariantCulture) * 1_000_000 + microseconds);
        return true;
    }

    /// <summary>The timestamp Slack would write for this moment: seconds, a dot and six digits (sub-microsecond time is dropped).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before the Unix epoch.</exception>
    public static SlackTs FromDateTimeOffset(DateTimeOffset time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, DateTimeOffset.UnixEpoch);
        var microseconds = (time - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        var text = string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1_000_000}.{microseconds % 1_000_000:D6}");
        return new SlackTs(text, microseconds);
    }

    /// <summary>The moment this timestamp names, in UTC, to the microsecond.</summary>
    public DateTimeOffset ToDateTimeOffset() => DateTimeOffset.UnixEpoch.AddTicks(UnixMicroseconds * TimeSpan.TicksPerMicrosecond);

    /// <summary>The moment a timestamp string names, by <see cref="Parse"/>'s rule: a string that is not one throws.</summary>
    /// <exception cref="FormatException"><paramref name="ts"/> is not a Slack timestamp.</exception>
    public static DateTimeOffset ToTime(string ts) => Parse(ts).ToDateTimeOffset();

    /// <summary>
    /// Orders timestamp strings by time. A string that is not a timestamp sorts after every one that is, then by
    /// ordinal text, so that sorting never throws and never invents a time for it.
    /// </summary>
    public static int Compare(string? left, string? right) =>
        (TryParse(left, out var leftTs), TryParse(right, out var rightTs)) switch
        {
            (true, true) => leftTs.CompareTo(rightTs),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };

    /// <summary><see cref="Compare(string?, string?)"/> for sorting strings.</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((left, right) => Compare(left, right));

    /// <summary>By time; two texts of the same microsecond (e.g. "1.5" and "1.500000") by ordinal text, so that 0 means equal.</summary>
    public int CompareTo(SlackTs other)
    {
        var byTime = UnixMicroseconds.CompareTo(other.UnixMicroseconds);
        return byTime != 0 ? byTime : string.CompareOrdinal(Text, other.Text);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SlackTs other => CompareTo(other),
        _ => throw new ArgumentException("Not a SlackTs.", nameof(obj)),
    };

    /// <summary>Same text: a timestamp is an id, so "1.5" and "1.500000" are different ones.</summary>
    public bool Equals(SlackTs other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SlackTs other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The exact text, as Slack wrote it.</summary>
    public override string ToString() => Text;

    public static bool operator ==(SlackTs left, SlackTs right) => left.Equals(right);

    public static bool operator !=(SlackTs left, SlackTs right) => !left.Equals(right);

    public static bool operator <(SlackTs left, SlackTs right) => left.CompareTo(right) < 0;

    public static bool operator <=(SlackTs left, SlackTs right) => left.CompareTo(right) <= 0;

    public static bool operator >(SlackTs left, SlackTs right) => left.CompareTo(right) > 0;

    public static bool operator >=(SlackTs left, SlackTs right) => left.CompareTo(right) >= 0;

    static SlackTs IParsable<SlackTs>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SlackTs>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SlackTs result) => TryParse(s, out result);

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
