namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Picks a real time zone by what its clocks show right now, so that a test about working hours behaves the same
/// whenever it runs: "a zone where it is the middle of the night" or "a zone where it is early afternoon".
/// </summary>
public static class WallClockZones
{
    // One zone for every whole-hour offset from UTC-11 to UTC+14, so some zone is always within half an hour of any
    // wall-clock time (daylight saving may shift a few of them by an hour, which still leaves a zone within 90 minutes).
    private static readonly string[] Candidates =
    [
        "Pacific/Pago_Pago", "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Phoenix",
        "America/Chicago", "America/Bogota", "America/Caracas", "America/Sao_Paulo", "America/Noronha",
        "Atlantic/Cape_Verde", "Africa/Abidjan", "Africa/Lagos", "Africa/Johannesburg", "Europe/Moscow",
        "Asia/Dubai", "Asia/Karachi", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo",
        "Australia/Brisbane", "Pacific/Noumea", "Pacific/Fiji", "Pacific/Tongatapu", "Pacific/Kiritimati",
    ];

    /// <summary>The IANA id of the zone whose local time at <paramref name="now"/> is closest to <paramref name="target"/>.</summary>
    public static string WhereItIsAbout(TimeOnly target, DateTimeOffset now) =>
        Candidates.MinBy(id => Distance(LocalTimeOfDay(id, now), target.ToTimeSpan()))!;

    /// <summary>The wall-clock time in zone <paramref name="zoneId"/> at <paramref name="now"/>.</summary>
    public static DateTimeOffset LocalTime(string zoneId, DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zoneId));

    private static TimeSpan LocalTimeOfDay(string zoneId, DateTimeOffset now) => LocalTime(zoneId, now).TimeOfDay;

    /// <summary>Distance between two times of day around the clock face (23:30 and 00:30 are an hour apart).</summary>
    private static TimeSpan Distance(TimeSpan a, TimeSpan b)
    {
        var difference = (a - b).Duration();
        return difference > TimeSpan.FromHours(12) ? TimeSpan.FromHours(24) - difference : difference;
    }
}
