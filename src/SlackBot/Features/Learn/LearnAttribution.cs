using SlackBot.Features.Incidents;

namespace SlackBot.Features.Learn;

/// <summary>
/// The incident something written with <c>/learn</c> (a note, an idea) belongs to: the one in this channel whose
/// span holds the moment it was typed, else the channel's latest incident when that one is resolved and awaiting its
/// review (a note written after the all-clear is still about it). Null anywhere else: a near miss needs no incident.
/// </summary>
public sealed class LearnAttribution(IncidentService incidents)
{
    public async Task<Incident?> IncidentTypedInAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (await incidents.IncidentAtAsync(invocation.ChannelId, invocation.TypedAt, cancellationToken) is { } spanning) return spanning;
        return await incidents.CurrentInAsync(invocation.ChannelId, cancellationToken) is { Status: IncidentStatus.Resolved, ResolvedAt: { } resolvedAt } latest &&
               resolvedAt <= invocation.TypedAt
            ? latest
            : null;
    }
}
