using SlackBot.Features.Findings;

namespace SlackBot.Features.Home;

/// <summary>A finding was recorded, edited or narrowed: its author's Home shows it, so it is refreshed.</summary>
public sealed class HomeFindingObserver(HomeRefresh refresh) : IFindingObserver
{
    public void Saved(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        refresh.Request(finding.AuthorId);
    }

    /// <summary>
    /// The author is no longer known once the finding is gone: a withdrawal re-publishes Home itself, and a finding
    /// that went with its deleted message drops out at the author's next refresh.
    /// </summary>
    public void Removed(string findingId)
    {
    }
}
