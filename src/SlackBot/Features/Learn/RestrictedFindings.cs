using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;

namespace SlackBot.Features.Learn;

/// <summary>
/// Whether someone may read an incident's restricted findings in an export or a review pack: only when they are in
/// every channel those findings are restricted to (<see cref="FindingSearchRules.RestrictedTo"/>), as Slack lists its
/// members. Whoever cannot be shown to be a member gets the pack without them.
/// </summary>
public sealed class RestrictedFindings(IFindingStore findings, MemberVisibility visibility)
{
    /// <summary>How many of the incident's findings <paramref name="userId"/> may not see; 0 means all of them may be included.</summary>
    public async Task<int> HiddenFromAsync(Incident incident, string userId, string typedInChannelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var restricted = (await findings.ForIncidentAsync(incident.Id, cancellationToken))
            .Where(finding => FindingSearchRules.RestrictedTo(finding) is not null)
            .ToList();
        // One finding per channel is enough to ask about; any channel the caller is not in hides them all.
        foreach (var finding in restricted.DistinctBy(FindingSearchRules.RestrictedTo))
        {
            if (!await visibility.MaySeeAsync(finding, userId, typedInChannelId, cancellationToken)) return restricted.Count;
        }

        return 0;
    }
}
