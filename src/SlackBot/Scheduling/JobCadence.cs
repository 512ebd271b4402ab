using Cronos;

namespace SlackBot.Scheduling;

/// <summary>
/// How often a job runs, and so what its periods are. A polling job runs once per interval slot and catches up by
/// looking at stored state; a calendar job (a weekly digest) runs once per cron occurrence, late if need be.
/// </summary>
public abstract record JobCadence
{
    /// <summary>Once per scheduler interval (<c>Scheduler:Interval</c>): jobs that poll for due work.</summary>
    public static IntervalCadence EveryTick { get; } = new((TimeSpan?)null);

    public static IntervalCadence Every(TimeSpan interval) =>
        interval > TimeSpan.Zero ? new IntervalCadence(interval) : throw new ArgumentOutOfRangeException(nameof(interval), interval, "An interval must be positive.");

    /// <summary>
    /// A five-field cron expression (<c>0 9 * * MON</c>) read in <paramref name="zone"/>; a period missed while the bot
    /// was down runs late once if it is at most <paramref name="catchUpWindow"/> old, and is skipped otherwise.
    /// Periods before <paramref name="notBefore"/> (say, a subscription's creation) are not the job's.
    /// </summary>
    /// <exception cref="CronFormatException">The expression is not valid cron.</exception>
    public static CronCadence Cron(string expression, TimeZoneInfo zone, TimeSpan catchUpWindow, DateTimeOffset? notBefore = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(catchUpWindow, TimeSpan.Zero);
        return new CronCadence(CronExpression.Parse(expression), zone, catchUpWindow) { NotBefore = notBefore };
    }

    /// <summary>The periods due at <paramref name="now"/>, given the job's most recent recorded period.</summary>
    /// <param name="tick">The scheduler's interval, for cadences that follow it.</param>
    public abstract DuePeriods Due(DateTimeOffset now, TimeSpan tick, DateTimeOffset? lastRecorded);

    /// <summary>When the next period after <paramref name="now"/> begins.</summary>
    public abstract DateTimeOffset NextAfter(DateTimeOffset now, TimeSpan tick);
}

/// <summary>Fixed slots of <see cref="Interval"/> (the scheduler's interval when null), counted from the Unix epoch.</summary>
public sealed record IntervalCadence(TimeSpan? Interval) : JobCadence
{
    // Only the current slot: a polling job's next run sees whatever earlier slots would have seen.
    public override DuePeriods Due(DateTimeOffset now, TimeSpan tick, DateTimeOffset? lastRecorded) => DuePeriods.Only(SlotOf(now, Interval ?? tick));

    public override DateTimeOffset NextAfter(DateTimeOffset now, TimeSpan tick) => SlotOf(now, Interval ?? tick) + (Interval ?? tick);

    /// <summary>The start of the slot <paramref name="now"/> falls in.</summary>
    public static DateTimeOffset SlotOf(DateTimeOffset now, TimeSpan interval)
    {
        var sinceEpoch = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new DateTimeOffset(now.UtcTicks - (sinceEpoch % interval.Ticks + interval.Ticks) % interval.Ticks, TimeSpan.Zero);
    }
}

/// <summary>
/// Cron occurrences in a time zone. Cronos walks the zone's rules, so a daylight-saving change neither skips nor
/// doubles an occurrence: a time that does not exist that day runs at the change, one that exists twice runs once.
/// </summary>
public sealed record CronCadence(CronExpression Expression, TimeZoneInfo Zone, TimeSpan CatchUpWindow) : JobCadence
{
    public DateTimeOffset? NotBefore { get; init; }

    public override DuePeriods Due(DateTimeOffset now, TimeSpan tick, DateTimeOffset? lastRecorded)
    {
        var windowStart = now - CatchUpWindow;
        if (NotBefore is { } notBefore && notBefore > windowStart) windowStart = notBefore;
        IReadOnlyList<DateTimeOffset> runnable = windowStart > now ? [] : Occurrences(windowStart, now, fromInclusive: true, toInclusive: true).ToList();

        // Missed periods are counted from the last recorded one (or from NotBefore for a job that never ran); a job
        // seen for the first time has no history to have missed.
        var skippedFrom = lastRecorded ?? NotBefore;
        SkippedPeriods? skipped = null;
        if (skippedFrom is { } from && from < windowStart)
        {
            foreach (var period in Occurrences(from, windowStart, fromInclusive: lastRecorded is null, toInclusive: false))
                skipped = skipped is null ? new SkippedPeriods(1, period, period) : skipped with { Count = skipped.Count + 1, Last = period };
        }

        return new DuePeriods(runnable, skipped);
    }

    public override DateTimeOffset NextAfter(DateTimeOffset now, TimeSpan tick) =>
        Expression.GetNextOccurrence(now, Zone) is { } next ? next.ToUniversalTime() : DateTimeOffset.MaxValue;

    private IEnumerable<DateTimeOffset> Occurrences(DateTimeOffset from, DateTimeOffset to, bool fromInclusive, bool toInclusive) =>
        Expression.GetOccurrences(from, to, Zone, fromInclusive, toInclusive).Select(occurrence => occurrence.ToUniversalTime());
}
