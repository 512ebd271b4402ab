namespace SlackBot.Scheduling;

/// <summary>
/// Jobs that come from data rather than from code, asked for on every pass: one digest job per subscription, each
/// with its own cron, time zone and catch-up window (<see cref="JobCadence.Cron"/>, with the subscription's creation as
/// <c>notBefore</c>). Registered as a scoped service, like the jobs themselves. Their names and
/// <see cref="JobSchedule.RunsAfter"/> are checked on every pass with the others: a pass whose jobs do not fit
/// together runs nothing and logs why, rather than run them out of their declared order.
/// </summary>
public interface IScheduledJobSource
{
    Task<IReadOnlyList<IScheduledJob>> JobsAsync(CancellationToken cancellationToken);
}
