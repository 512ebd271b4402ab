using SlackBot.Scheduling;

namespace SlackBot.Tests.Scheduling;

/// <summary>What a test job saw: which job ran, for which period, which attempt, and when.</summary>
internal sealed record RunSeen(string Job, DateTimeOffset Period, int Attempt, DateTimeOffset At);

/// <summary>The runs of a test's jobs, in the order they happened.</summary>
internal sealed class RunLog
{
    private readonly List<RunSeen> _runs = [];

    public IReadOnlyList<RunSeen> Runs
    {
        get
        {
            lock (_runs) return _runs.ToList();
        }
    }

    public IReadOnlyList<RunSeen> Of(string job) => Runs.Where(run => run.Job == job).ToList();

    public void Add(RunSeen run)
    {
        lock (_runs) _runs.Add(run);
    }
}

/// <summary>A job that notes each run in a <see cref="RunLog"/>; <see cref="Behaviour"/> can make a run fail or hang.</summary>
internal sealed class RecordingJob(JobSchedule schedule, RunLog log, TimeProvider time) : IScheduledJob
{
    public JobSchedule Schedule { get; } = schedule;

    /// <summary>Runs after the log entry is written; a run fails when it throws.</summary>
    public Func<ScheduledRun, CancellationToken, Task> Behaviour { get; set; } = (_, _) => Task.CompletedTask;

    public Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        log.Add(new RunSeen(run.Job, run.Period, run.Attempt, time.GetUtcNow()));
        return Behaviour(run, cancellationToken);
    }
}
