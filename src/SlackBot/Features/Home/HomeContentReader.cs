using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Home;

/// <summary>
/// Reads what one person's Home tab shows, through indexed queries where the stores have them: their questions and
/// their findings by user, the active incidents (few), and the newest findings they may see.
/// </summary>
public sealed class HomeContentReader(
    IQuestionStore questions,
    IFindingStore findings,
    IncidentService incidents,
    IIncidentMessageStore messages,
    MemberVisibility visibility)
{
    public async Task<HomeContent> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var theirs = await questions.ForUserAsync(userId, cancellationToken);
        var open = theirs.Where(question => question.IsOpen).OrderByDescending(question => question.PostedAt ?? question.CreatedAt).ToList();
        return new HomeContent
        {
            OpenQuestions = open.Take(HomeView.MaxQuestions).ToList(),
            OpenQuestionCount = open.Count,
            OwnFindings = await findings.ByAuthorAsync(userId, HomeView.MaxOwnFindings, cancellationToken),
            ActiveIncidents = await ActiveIncidentsAsync(userId, theirs, cancellationToken),
            RecentlyLearned = await RecentlyLearnedAsync(userId, cancellationToken),
        };
    }

    /// <summary>Active incidents the person was asked about or posted in (their messages are kept for the retention period).</summary>
    private async Task<IReadOnlyList<Incident>> ActiveIncidentsAsync(string userId, IReadOnlyList<AskedQuestion> theirs, CancellationToken cancellationToken)
    {
        var askedAbout = theirs.Select(question => question.IncidentId).ToHashSet(StringComparer.Ordinal);
        var theirIncidents = new List<Incident>();
        foreach (var incident in (await incidents.WithStatusAsync(IncidentStatus.Active, cancellationToken)).OrderByDescending(incident => incident.StartedAt))
        {
            if (askedAbout.Contains(incident.Id) || incident.StartedBy == userId ||
                (await messages.WritersAsync(incident.Id, cancellationToken)).Any(writer => writer.UserId == userId))
                theirIncidents.Add(incident);
            if (theirIncidents.Count == HomeView.MaxIncidents) break;
        }

        return theirIncidents;
    }

    /// <summary>The newest findings the person may see: restricted ones only when Slack says they are in that channel.</summary>
    private async Task<IReadOnlyList<Finding>> RecentlyLearnedAsync(string userId, CancellationToken cancellationToken)
    {
        var visible = new List<Finding>();
        foreach (var finding in (await findings.AllAsync(cancellationToken)).Reverse())
        {
            if (!FindingSearchRules.IsSearchable(finding)) continue;
            if (!await visibility.MaySeeAsync(finding, userId, typedInChannelId: null, cancellationToken)) continue;
            visible.Add(finding);
            if (visible.Count == HomeView.MaxRecentlyLearned) break;
        }

        return visible;
    }
}
