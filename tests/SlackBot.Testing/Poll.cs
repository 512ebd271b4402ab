using System.Diagnostics;
using System.Globalization;

namespace SlackBot.Testing;

/// <summary>
/// Waits for a condition by polling in real time (never on a fake clock, which a test may have frozen), with a
/// generous timeout, instead of sleeping a fixed time. Gives up with a TimeoutException that says what it waited for.
/// </summary>
public static class Poll
{
    /// <summary>Generous: a busy two-core machine running other builds still gets there long before this.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private static readonly object Reached = new();

    public static Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null) =>
        UntilAsync(condition, timeout, () => "Timed out waiting for " + (what ?? "a condition"));

    public static Task UntilAsync(Func<bool> condition, TimeSpan? timeout, Func<string> describeFailure) =>
        UntilAsync(() => condition() ? Reached : null, timeout, describeFailure);

    /// <summary>Polls until <paramref name="probe"/> finds something, and returns it.</summary>
    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan? timeout, Func<string> describeFailure)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(describeFailure);
        var limit = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (probe() is { } found) return found;

            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"Gave up after {limit.TotalSeconds:0.###} s: {describeFailure()}"));
            }

            await Task.Delay(Interval);
        }
    }
}
