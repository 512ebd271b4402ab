using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>
/// The themes a finding counts under in digests and charts: what it is about ("databases", "runbooks"). Its kind of
/// moment is tagged as a theme too, but digests show kinds as highlights, so it counts only when it is all there is.
/// </summary>
public static class FindingThemes
{
    public const string Other = "other";

    public static IEnumerable<string> Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var kind = finding.Category?.Label();
        var topics = finding.Themes.Where(theme => !string.Equals(theme, kind, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return topics.Count > 0 ? topics : [kind ?? Other];
    }
}
