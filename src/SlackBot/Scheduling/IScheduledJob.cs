namespace SlackBot.Scheduling;

/// <summary>
/// Work that runs on the clock rather than on a Slack event: quiet incidents resolving, questions being planned and
/// released, digests. The job says when it runs (<see cref="Schedule"/>); the scheduler runs it once per period and
/// records each run, so a restart neither repeats a finished period nor forgets an unfinished one.
/// </summary>
/// <remarks>
/// A run can be repeated after a crash between the job's own writes and the record of its end, so a run must be
/// safe to do twice for the same period: look at stored state, and write with natural keys.
/// </remarks>
public interface IScheduledJob
{
    JobSchedule Schedule { get; }

    Task RunAsync(ScheduledRun run, CancellationToken cancellationToken);
}
