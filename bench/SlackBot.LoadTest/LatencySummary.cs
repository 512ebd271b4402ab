namespace SlackBot.LoadTest;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank: the value at or below which the given
/// share of samples lies, so p99.9 of 1,000 samples is the slowest one rather than an interpolation).</summary>
public sealed record LatencySummary(int Count, double P50, double P99, double P999, double Max)
{
    public static readonly LatencySummary Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99), Percentile(sorted, 99.9), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile of values sorted ascending: the ceil(p/100 × n)-th smallest.</summary>
    public static double Percentile(IReadOnlyList<double> sortedAscending, double percent)
    {
        ArgumentNullException.ThrowIfNull(sortedAscending);
        if (sortedAscending.Count == 0) return double.NaN;
        if (percent is <= 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is above 0 and at most 100.");
        // 99.9 has no exact binary form: without the nudge p99.9 of 1,000 samples would round up to the 1,000th.
        var rank = (int)Math.Ceiling(percent / 100 * sortedAscending.Count - 1e-9);
        return sortedAscending[Math.Clamp(rank, 1, sortedAscending.Count) - 1];
    }
}
