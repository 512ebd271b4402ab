namespace SlackBot.Scheduling;

/// <summary>
/// Work that runs on the clock rather than on a Slack event: quiet incidents resolving, questions being planned and
/// released. Each run looks at stored state and the current time, so a missed tick (a restart) is simply caught up.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
