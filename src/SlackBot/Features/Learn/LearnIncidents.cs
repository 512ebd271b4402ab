using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;

namespace SlackBot.Features.Learn;

/// <summary>The incident a read-only sub-command is about, and what follows the channel in its arguments.</summary>
public sealed record IncidentChoice(Incident? Incident, string ChannelId, string Rest, bool Hidden = false);

/// <summary>
/// Finds the incident a sub-command means: the one in the channel named first in its arguments, else the current
/// channel's (active, else the latest). Someone who is not in a private incident channel is told nothing about it.
/// </summary>
public sealed class LearnIncidents(IncidentService incidents, ChannelMembers members)
{
    public async Task<IncidentChoice> ChooseAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var argument = ChannelArgument.Read(invocation.Arguments);
        var channelId = argument.ChannelId ?? invocation.ChannelId;
        Incident? incident;
        if (argument.ChannelId is null && argument.ChannelName is { } typedName)
        {
            // Typed as #name (not escaped by Slack): the incidents know their channel's name.
            incident = (await incidents.AllAsync(cancellationToken))
                .Where(candidate => string.Equals(candidate.ChannelName, typedName, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(candidate => candidate.Status == IncidentStatus.Active).ThenByDescending(candidate => candidate.StartedAt)
                .FirstOrDefault();
            channelId = incident?.ChannelId ?? channelId;
        }
        else
        {
            incident = await incidents.CurrentInAsync(channelId, cancellationToken);
        }

        if (incident is { IsPrivate: true } && incident.ChannelId != invocation.ChannelId &&
            !await members.IsMemberAsync(incident.ChannelId, invocation.UserId, cancellationToken))
            return new IncidentChoice(null, channelId, argument.Rest, Hidden: true);

        return new IncidentChoice(incident, channelId, argument.Rest);
    }
}
