using SlackBot.Scheduling;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Counts the bot's scheduler passes. Its job has the product's jobs' cadence and a fixed place in every pass (the
/// scheduler's order depends only on the declarations): once the count has gone up by two, at least one whole pass
/// (planning and release included) ran after the moment the test started waiting. That is the positive signal a test
/// needs before asserting that something did not happen.
/// </summary>
public sealed class SchedulerPasses
{
    private int _started;

    public int Started => Volatile.Read(ref _started);

    internal void Begin() => Interlocked.Increment(ref _started);
}

/// <summary>The scheduled job that reports each pass to <see cref="SchedulerPasses"/>.</summary>
public sealed class SchedulerPassCounter(SchedulerPasses passes) : IScheduledJob
{
    public JobSchedule Schedule { get; } = new("tests.scheduler-passes", JobCadence.EveryTick);

    public Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        passes.Begin();
        return Task.CompletedTask;
    }
}
