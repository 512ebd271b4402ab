using System.Diagnostics;
using System.Globalization;

namespace SlackBot.IntegrationTests.Fakes;

/// <summary>Waits for a condition by polling in real time (never on the fake's clock, which a test may have frozen).
/// Gives up with a TimeoutException that says what was expected and what was seen.</summary>
internal static class Polling
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan? timeout, Func<string> describeFailure)
        where T : class
    {
        var limit = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"Gave up after {limit.TotalSeconds:0.###} s: {describeFailure()}"));
            }

            await Task.Delay(Interval);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan? timeout, Func<string> describeFailure) =>
        UntilAsync(() => condition() ? Reached : null, timeout, describeFailure);

    private static readonly object Reached = new();
}
