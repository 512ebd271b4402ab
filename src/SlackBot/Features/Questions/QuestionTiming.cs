namespace SlackBot.Features.Questions;

/// <summary>
/// Decides when a question may reach a person: not while they are firefighting, not straight after
/// resolution, and (by default) only inside their own working hours, in their own time zone.
/// Working hours are wall-clock times, so a 09:00 start stays 09:00 local across daylight-saving changes.
/// </summary>
public sealed class QuestionTiming
{
    // Any set of working days recurs within a week; two weeks also covers a calendar day a zone skipped.
    private const int DaysToSearch = 15;

    private readonly TimeProvider time;
    private readonly QuestionTimingOptions options;
    private readonly HashSet<DayOfWeek> workingDays;

    public QuestionTiming(TimeProvider time, QuestionTimingOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        var problems = QuestionTimingOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        this.time = time;
        this.options = options;
        workingDays = [.. options.WorkingDays];
    }

    /// <summary>
    /// After resolution: the later of now and the end of the cool-down, moved into the person's next
    /// working window when <see cref="QuestionTimingOptions.RespectWorkingHours"/> is on.
    /// </summary>
    public DateTimeOffset ReleaseTime(DateTimeOffset resolvedAt, UserClock clock) =>
        WithinWorkingHours(Later(time.GetUtcNow(), resolvedAt + options.CooldownAfterResolution), clock);

    /// <summary>
    /// <paramref name="from"/> itself when it falls inside one of the person's working windows, otherwise the
    /// start of the next one, expressed in the person's local offset.
    /// </summary>
    public DateTimeOffset NextWorkingTime(DateTimeOffset from, UserClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = clock.ResolveTimeZone();
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        foreach (var day in WorkingDaysFrom(firstDay))
        {
            var (start, end) = WorkingWindow(day, zone);
            if (from < start)
            {
                return start;
            }

            if (from < end)
            {
                return from;
            }
        }

        throw new InvalidOperationException("No working window found; the working days are empty.");
    }

    /// <summary>"Not now": the start of the person's next working day, never later the same day.</summary>
    public DateTimeOffset SnoozeUntil(UserClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = clock.ResolveTimeZone();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var nextWorkingDay = WorkingDaysFrom(today.AddDays(1)).First();
        return WorkingWindow(nextWorkingDay, zone).Start;
    }

    /// <summary>Live mode: whether the channel's cool-down since the last question has passed.</summary>
    public bool MayAskLive(DateTimeOffset? lastAskedInChannel) =>
        lastAskedInChannel is not { } last || time.GetUtcNow() - last >= options.LiveChannelCooldown;

    /// <summary>Live mode: the earliest time after the channel's cool-down, inside the person's working hours.</summary>
    public DateTimeOffset LiveReleaseTime(DateTimeOffset? lastAskedInChannel, UserClock clock)
    {
        var now = time.GetUtcNow();
        var earliest = lastAskedInChannel is { } last ? Later(now, last + options.LiveChannelCooldown) : now;
        return WithinWorkingHours(earliest, clock);
    }

    private DateTimeOffset WithinWorkingHours(DateTimeOffset earliest, UserClock clock) =>
        options.RespectWorkingHours ? NextWorkingTime(earliest, clock) : earliest;

    private IEnumerable<DateOnly> WorkingDaysFrom(DateOnly first) =>
        Enumerable.Range(0, DaysToSearch)
            .Select(first.AddDays)
            .Where(day => workingDays.Contains(day.DayOfWeek));

    private (DateTimeOffset Start, DateTimeOffset End) WorkingWindow(DateOnly day, TimeZoneInfo zone) =>
        (AtLocalTime(day.ToDateTime(options.WorkdayStart), zone), AtLocalTime(day.ToDateTime(options.WorkdayEnd), zone));

    /// <summary>
    /// The instant a wall clock in <paramref name="zone"/> shows <paramref name="local"/>. A time skipped by a
    /// spring-forward moves on by the size of the gap (02:30 becomes 03:30); a time repeated by a fall-back
    /// means its first occurrence.
    /// </summary>
    private static DateTimeOffset AtLocalTime(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            var offsetBeforeGap = zone.GetUtcOffset(local.AddHours(-12));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local.Ticks - offsetBeforeGap.Ticks, TimeSpan.Zero), zone);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
