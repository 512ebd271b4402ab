namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Who may find a finding: the one place that decides it, for every search engine. A finding with no words is not
/// searchable; a finding from a private channel is restricted to that channel's members. The consent work adds
/// "withdrawn" (not searchable) and "incident channel only" (restricted) here.
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
        return finding.FromPrivateChannel ? finding.ChannelId ?? UnknownChannel : null;
    }

    /// <summary>Restricted to a channel nobody can be shown to be a member of: such a finding is shown to nobody.</summary>
    public const string UnknownChannel = "";
}
