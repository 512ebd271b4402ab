namespace SlackBot.Features.Questions;

/// <summary>
/// A person's time zone as Slack's <c>users.info</c> reports it: <paramref name="SlackTz"/> is an IANA id
/// such as "Australia/Adelaide", <paramref name="TzOffsetSeconds"/> the offset from UTC at the time of the call.
/// </summary>
public sealed record UserClock(string? SlackTz, int? TzOffsetSeconds)
{
    private static readonly TimeSpan LargestOffset = TimeSpan.FromHours(14);

    /// <summary>For people whose time zone is unknown.</summary>
    public static UserClock Unknown { get; } = new(null, null);

    /// <summary>
    /// The zone to schedule in: the named zone with its daylight-saving rules when this machine knows it,
    /// otherwise a fixed zone at the reported offset (right today, off by an hour across a DST change),
    /// otherwise UTC.
    /// </summary>
    public TimeZoneInfo ResolveTimeZone()
    {
        if (!string.IsNullOrWhiteSpace(SlackTz))
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(SlackTz.Trim());
            }
            catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Fall through to the offset: an old alias or a zone this machine's tz database lacks.
            }
        }

        if (TzOffsetSeconds is { } seconds)
        {
            var offset = TimeSpan.FromSeconds(seconds);
            if (offset.Duration() <= LargestOffset && offset.Seconds == 0)
            {
                var name = $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}";
                return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
            }
        }

        return TimeZoneInfo.Utc;
    }
}
