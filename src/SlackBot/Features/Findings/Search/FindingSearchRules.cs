namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Who may find a finding: the one place that decides it, for every search engine and for exports and review packs.
/// A finding with no words is not searchable; a withdrawn finding is not there at all (the store deletes it and the
/// index drops it through <see cref="IFindingObserver.Removed"/>, and no writer can bring it back). A finding from a
/// private channel, or one its author narrowed to "incident channel only", is restricted to that channel's members.
/// </summary>
public static class FindingSearchRules
{
    public static bool IsSearchable(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return !string.IsNullOrWhiteSpace(finding.Text);
    }

    /// <summary>The channel whose members alone may see the finding, or null when everyone may.</summary>
    public static string? RestrictedTo(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.FromPrivateChannel) return finding.ChannelId ?? UnknownChannel;
        if (finding.Visibility != FindingVisibility.IncidentChannel) return null;
        // The incident's channel, not where the answer was typed: an answer to a DM'd question lives in a DM.
        var incidentChannel = finding.IncidentId is { } incidentId ? Incidents.Incident.ChannelOf(incidentId) : null;
        return incidentChannel ?? finding.ChannelId ?? UnknownChannel;
    }

    /// <summary>True when only the members of some channel may see the finding.</summary>
    public static bool IsRestricted(Finding finding) => RestrictedTo(finding) is not null;

    /// <summary>Restricted to a channel nobody can be shown to be a member of: such a finding is shown to nobody.</summary>
    public const string UnknownChannel = "";
}
