using System.Globalization;
using System.Text.RegularExpressions;

namespace SlackBot.Features.Digests;

/// <summary>
/// The span of time a digest covers, <see cref="Start"/> inclusive to <see cref="End"/> exclusive (UTC instants). A
/// scheduled digest covers the seven local days before the day it goes out (Monday's digest: the week before, Monday
/// to Sunday), counted in the subscription's zone, so a week with a daylight-saving change is 167 or 169 hours long.
/// </summary>
public sealed partial record DigestPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>The ISO week the period starts in (<c>2026-W48</c>), in <paramref name="zone"/>.</summary>
    public string WeekLabel(TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(Start, zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>The seven local days that end at the start of the local day <paramref name="sendAt"/> falls on.</summary>
    public static DigestPeriod Before(DateTimeOffset sendAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sendAt, zone).DateTime);
        return new DigestPeriod(StartOfDay(day.AddDays(-7), zone), StartOfDay(day, zone));
    }

    /// <summary>Monday 00:00 to the next Monday 00:00 of ISO week <paramref name="year"/>-W<paramref name="week"/>, in <paramref name="zone"/>.</summary>
    public static DigestPeriod IsoWeek(int year, int week, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new DigestPeriod(StartOfDay(monday, zone), StartOfDay(monday.AddDays(7), zone));
    }

    /// <summary>The ISO week that holds <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static DigestPeriod WeekOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), zone);
    }

    /// <summary>Reads <c>2026-W48</c> (also <c>2026W48</c>); null when it is not an ISO week.</summary>
    public static DigestPeriod? TryParseWeek(string text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = WeekPattern().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var week = int.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        return IsoWeek(year, week, zone);
    }

    /// <summary>The <paramref name="weeks"/> periods of the same length just before this one, oldest first (for trends).</summary>
    public IReadOnlyList<DigestPeriod> Previous(int weeks, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Start, zone).DateTime);
        return Enumerable.Range(1, weeks).Reverse()
            .Select(back => new DigestPeriod(StartOfDay(start.AddDays(-7 * back), zone), StartOfDay(start.AddDays(-7 * (back - 1)), zone)))
            .ToList();
    }

    /// <summary>Local midnight as an instant; a midnight that a DST change skips is the first instant after it.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    [GeneratedRegex(@"^(?<y>\d{4})-?W(?<w>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();
}
