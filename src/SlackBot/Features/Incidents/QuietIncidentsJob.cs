using Microsoft.Extensions.Options;
using SlackBot.Scheduling;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Resolves active incidents that have had no human message for <see cref="IncidentOptions.QuietPeriod"/>. Reads only
/// the active ones (the <c>Status</c> index), however many incidents are history.
/// </summary>
public sealed class QuietIncidentsJob(IncidentService incidents, IOptions<IncidentOptions> options, TimeProvider time) : IScheduledJob
{
    public const string JobName = "incidents.quiet";

    public JobSchedule Schedule { get; } = new(JobName, JobCadence.EveryTick);

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var incident in await incidents.WithStatusAsync(IncidentStatus.Active, cancellationToken))
        {
            if (!IncidentLifecycle.HasGoneQuiet(incident, now, options.Value.QuietPeriod)) continue;
            // Resolved as of the last sign of life, so the cool-down does not add a whole quiet period on top.
            var lastActivity = incident.LastHumanMessageAt ?? incident.StartedAt;
            await incidents.ResolveAsync(incident.ChannelId, ResolutionSource.QuietPeriod, null, lastActivity + options.Value.QuietPeriod, cancellationToken);
        }
    }
}
