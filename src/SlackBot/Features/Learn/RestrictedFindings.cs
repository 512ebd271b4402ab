using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;

namespace SlackBot.Features.Learn;

/// <summary>
/// Whether someone may read an incident's restricted findings in an export or a review pack: only when they are in
/// every channel those findings are restricted to (<see cref="FindingSearchRules.RestrictedTo"/>), as Slack lists its
/// members. Whoever cannot be shown to be a member gets the pack without them.
/// </summary>
public sealed class RestrictedFindings(IFindingStore findings, ChannelMembers members)
{
    /// <summary>How many of the incident's findings <paramref name="userId"/> may not see; 0 means all of them may be included.</summary>
    public async Task<int> HiddenFromAsync(Incident incident, string userId, string typedInChannelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var restricted = (await findings.ForIncidentAsync(incident.Id, cancellationToken))
            .Select(FindingSearchRules.RestrictedTo)
            .OfType<string>()
            .ToList();
        foreach (var channel in restricted.Distinct(StringComparer.Ordinal))
        {
            // Typing in a private channel takes being in it; anything else is Slack's to say.
            if (channel == typedInChannelId && channel.Length > 0) continue;
            if (channel.Length == 0 || !await members.IsMemberAsync(channel, userId, cancellationToken)) return restricted.Count;
        }

        return 0;
    }
}
