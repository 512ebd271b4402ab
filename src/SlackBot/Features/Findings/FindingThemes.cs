using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>The themes a finding counts under in digests and charts: its own, or else its kind of moment, or "other".</summary>
public static class FindingThemes
{
    public const string Other = "other";

    public static IEnumerable<string> Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Themes.Count > 0) return finding.Themes.Distinct(StringComparer.OrdinalIgnoreCase);
        return [finding.Category?.Label() ?? Other];
    }
}
