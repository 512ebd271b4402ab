using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Digests;

/// <summary>
/// Composes a digest from its material, for a period and a filter. Pure: the same material, period and filter give
/// the same digest. Only what the filter's readers may see goes in: one team's incidents, and a finding restricted to
/// a channel (a private channel's) only in a digest posted to that channel. Withdrawn findings are gone from the store
/// before they get here.
/// </summary>
public static class DigestComposer
{
    /// <summary>The kinds of moment whose findings are quoted as highlights, in the order a digest shows them.</summary>
    public static IReadOnlyList<MomentCategory> HighlightCategories { get; } =
        [MomentCategory.Surprises, MomentCategory.ScriptsAndTools, MomentCategory.Expertise, MomentCategory.GoingRight, MomentCategory.NearMisses];

    public const int HighlightsPerCategory = 3;
    public const int TrendWeeks = 4;
    /// <summary>How many weeks the chart shows (this one included); the material holds the weeks before this one.</summary>
    public const int ChartWeeks = 8;
    public const int ChartThemes = 5;
    private const string Someone = "someone";

    public static Digest Compose(DigestPeriod period, TimeZoneInfo zone, DigestFilter filter, DigestMaterial material)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(material);

        var incidents = material.Incidents.GroupBy(incident => incident.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var inPeriod = material.Findings.Where(finding => period.Contains(finding.CreatedAt) && IsVisible(FindingSearchRules.RestrictedTo(finding), finding.IncidentId, incidents, filter))
            .OrderBy(finding => finding.CreatedAt).ToList();
        // Earlier weeks are counted, never quoted: tallies by the hour, plus any earlier findings the material holds.
        var earlier = material.EarlierThemes
            .Concat(FindingThemeTally.Of(material.Findings.Where(finding => finding.CreatedAt < period.Start)))
            .Where(tally => tally.Hour < period.Start && IsVisible(tally.RestrictedTo, tally.IncidentId, incidents, filter))
            .ToList();
        var trendFrom = period.Previous(TrendWeeks, zone)[0].Start;

        string? Name(string userId) => filter.Anonymize ? null : material.NameOf(userId);
        string Plain(string mrkdwn) => SlackText.ToPlain(mrkdwn, new PlainTextOptions { UserName = id => filter.Anonymize ? Someone : material.NameOf(id) });

        var shownIncidents = incidents.Values
            .Where(incident => IncidentVisible(incident, filter) &&
                               (period.Contains(incident.StartedAt) || inPeriod.Any(finding => finding.IncidentId == incident.Id)))
            .OrderBy(incident => incident.StartedAt)
            .Select(incident => new DigestIncident(incident.Id, incident.ChannelId, incident.ChannelName, incident.Title, incident.Status, incident.StartedAt,
                inPeriod.Count(finding => finding.IncidentId == incident.Id)))
            .ToList();
        var shownIncidentIds = shownIncidents.Select(incident => incident.Id).ToHashSet(StringComparer.Ordinal);

        var previousByTheme = earlier.Where(tally => tally.Hour >= trendFrom).GroupBy(tally => tally.Theme, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Sum(tally => tally.Count), StringComparer.OrdinalIgnoreCase);
        var themes = inPeriod.SelectMany(FindingThemes.Of).GroupBy(theme => theme, StringComparer.OrdinalIgnoreCase)
            .Select(group => new ThemeCount(group.First(), group.Count(), previousByTheme.GetValueOrDefault(group.Key) / (double)TrendWeeks))
            .OrderByDescending(theme => theme.Count).ThenBy(theme => theme.Theme, StringComparer.OrdinalIgnoreCase)
            .ToList();

        // Wording the language check flagged ("should have…") is counted but never quoted to a whole team.
        var highlights = HighlightCategories
            .SelectMany(category => inPeriod
                .Where(finding => finding.Category == category && finding.BlameFlags.Count == 0 && !string.IsNullOrWhiteSpace(finding.Text))
                .Take(HighlightsPerCategory)
                .Select(finding => new DigestHighlight(category, Plain(finding.Text), Name(finding.AuthorId), finding.Permalink,
                    finding.IncidentId is { } id && incidents.TryGetValue(id, out var incident) ? incident.DisplayName : finding.IncidentName, finding.CreatedAt)))
            .ToList();

        var questions = material.OpenQuestions
            .Where(question => question.IsOpen && shownIncidentIds.Contains(question.IncidentId))
            .OrderBy(question => question.CreatedAt)
            .Select(question => new DigestQuestion(Plain(question.Text), Name(question.UserId), incidents[question.IncidentId].DisplayName, question.PostedAt ?? question.CreatedAt))
            .ToList();

        var weeks = period.Previous(ChartWeeks - 1, zone).Append(period).ToList();
        var chartThemes = themes.Take(ChartThemes).Select(theme => theme.Theme).ToList();
        var byWeek = WeeklyCounts(weeks, earlier.Concat(FindingThemeTally.Of(inPeriod)));
        var history = weeks.Select((week, index) => new ThemeWeek(week.WeekLabel(zone), chartThemes.ToDictionary(theme => theme,
                theme => byWeek.GetValueOrDefault((index, theme.ToUpperInvariant())), StringComparer.OrdinalIgnoreCase)))
            .ToList();

        var ideas = material.Ideas
            .Where(idea => period.Contains(idea.At) && (idea.IncidentId is null ? filter.Team is null : shownIncidentIds.Contains(idea.IncidentId)))
            .OrderBy(idea => idea.At)
            .Select(idea => new DigestIdeaLine(Plain(idea.Text), Name(idea.AuthorId), idea.IncidentId is { } id ? incidents[id].DisplayName : null, idea.Permalink))
            .ToList();

        return new Digest
        {
            Period = period,
            Week = period.WeekLabel(zone),
            Zone = zone,
            Team = filter.Team,
            Incidents = shownIncidents,
            FindingCount = inPeriod.Count,
            Themes = themes,
            Highlights = highlights,
            OpenQuestions = questions,
            Ideas = ideas,
            Pulse = material.Pulse,
            History = history,
            Anonymized = filter.Anonymize,
        };
    }

    /// <summary>Counts by (week index, theme in upper case), in one pass: eight weeks of tallies can be tens of thousands.</summary>
    private static Dictionary<(int Week, string Theme), int> WeeklyCounts(IReadOnlyList<DigestPeriod> weeks, IEnumerable<FindingThemeTally> tallies)
    {
        var starts = weeks.Select(week => week.Start).ToArray();
        var counts = new Dictionary<(int, string), int>();
        foreach (var tally in tallies)
        {
            if (tally.Hour < starts[0] || tally.Hour >= weeks[^1].End) continue;
            var index = Array.BinarySearch(starts, tally.Hour);
            if (index < 0) index = ~index - 1;
            var key = (index, tally.Theme.ToUpperInvariant());
            counts[key] = counts.GetValueOrDefault(key) + tally.Count;
        }

        return counts;
    }

    private static bool IsVisible(string? restrictedTo, string? incidentId, Dictionary<string, Incident> incidents, DigestFilter filter)
    {
        if (restrictedTo is { } channel && !string.Equals(channel, filter.PostedTo, StringComparison.Ordinal)) return false;
        if (incidentId is null || !incidents.TryGetValue(incidentId, out var incident)) return filter.Team is null;
        return IncidentVisible(incident, filter);
    }

    private static bool IncidentVisible(Incident incident, DigestFilter filter) =>
        DigestTeams.Matches(filter.Team, incident.Teams) &&
        (!incident.IsPrivate || string.Equals(incident.ChannelId, filter.PostedTo, StringComparison.Ordinal));
}
