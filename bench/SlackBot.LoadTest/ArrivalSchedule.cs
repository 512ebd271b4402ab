namespace SlackBot.LoadTest;

/// <summary>
/// The open model's timetable: request <c>i</c> is due <c>i / rate</c> seconds after the start, whatever happened to
/// the requests before it. Latency is measured from this due time, not from when the request actually left, so a
/// driver or a bot that falls behind shows up as latency instead of being hidden (coordinated omission).
/// </summary>
public sealed class ArrivalSchedule
{
    private readonly double _intervalSeconds;

    public ArrivalSchedule(int ratePerSecond, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        Rate = ratePerSecond;
        _intervalSeconds = 1.0 / ratePerSecond;
        Count = (int)Math.Round(duration.TotalSeconds * ratePerSecond, MidpointRounding.AwayFromZero);
    }

    public int Rate { get; }

    /// <summary>How many requests the run sends.</summary>
    public int Count { get; }

    /// <summary>When request <paramref name="index"/> is due, after the start.</summary>
    public TimeSpan DueAfter(int index) => TimeSpan.FromSeconds(index * _intervalSeconds);

    /// <summary>How many requests are due by <paramref name="elapsed"/> (so the next one to send has this index).</summary>
    public int DueBy(TimeSpan elapsed) =>
        elapsed < TimeSpan.Zero ? 0 : Math.Min(Count, (int)Math.Floor(elapsed.TotalSeconds / _intervalSeconds) + 1);
}
