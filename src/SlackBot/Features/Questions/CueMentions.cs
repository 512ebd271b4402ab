using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>
/// A cue quoted back in a question must read as the person wrote it: a mention they typed arrives as a bare user id
/// ("handing over to @U06SAM000W") once markup is gone. Names replace the ids, as plain text: quoting never pings.
/// </summary>
public static partial class CueMentions
{
    public static IReadOnlyList<string> UserIds(string cue) =>
        UserId().Matches(cue).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public static string WithNames(string cue, Func<string, string?> nameOf) =>
        UserId().Replace(cue, match => nameOf(match.Groups[1].Value) is { Length: > 0 } name ? "@" + name : match.Value);

    [GeneratedRegex(@"@([UW][A-Z0-9]{6,})\b")]
    private static partial Regex UserId();
}
