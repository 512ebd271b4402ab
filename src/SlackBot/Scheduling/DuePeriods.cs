namespace SlackBot.Scheduling;

/// <summary>
/// What a cadence says is due now: the periods that may run (oldest first; the run records decide which already
/// did), and the missed periods that are too old to run late.
/// </summary>
public sealed record DuePeriods(IReadOnlyList<DateTimeOffset> Runnable, SkippedPeriods? Skipped)
{
    public static DuePeriods Only(DateTimeOffset period) => new([period], null);
}

/// <summary>Missed periods older than the catch-up window: how many, the first and the last.</summary>
public sealed record SkippedPeriods(int Count, DateTimeOffset First, DateTimeOffset Last);
