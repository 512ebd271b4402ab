using SlackBot.Features.Findings.Search;

namespace SlackBot.Features.Findings;

/// <summary>
/// How many findings of one incident, restricted to one channel (or to none), counted under one theme in one UTC hour.
/// Trends and charts count weeks of these instead of reading every finding of those weeks.
/// </summary>
public sealed record FindingThemeTally(DateTimeOffset Hour, string? IncidentId, string? RestrictedTo, string Theme, int Count)
{
    /// <summary>The start of the UTC hour <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero);

    /// <summary>The tallies of these findings: one per hour, incident, restriction and theme (themes compared ignoring case).</summary>
    public static IReadOnlyList<FindingThemeTally> Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings
            .SelectMany(finding => FindingThemes.Of(finding).Select(theme =>
                (Hour: HourOf(finding.CreatedAt), finding.IncidentId, RestrictedTo: FindingSearchRules.RestrictedTo(finding), Theme: theme)))
            .GroupBy(entry => (entry.Hour, entry.IncidentId, entry.RestrictedTo, Key: entry.Theme.ToUpperInvariant()))
            .Select(group => new FindingThemeTally(group.Key.Hour, group.Key.IncidentId, group.Key.RestrictedTo, group.First().Theme, group.Count()))
            .OrderBy(tally => tally.Hour)
            .ToList();
    }
}
