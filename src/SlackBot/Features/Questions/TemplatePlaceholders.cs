using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>The placeholder syntax of question templates, shared by the bank's checks and the composer.</summary>
internal static partial class TemplatePlaceholders
{
    public const string Mention = "mention";
    public const string Cue = "cue";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { Mention, Cue };

    /// <summary>
    /// A placeholder, together with quotes an author may have put around <c>{cue}</c>: the composer quotes
    /// the cue itself, so template quotes are swallowed rather than doubled.
    /// </summary>
    [GeneratedRegex("""“\{cue\}”|"\{cue\}"|‘\{cue\}’|'\{cue\}'|\{(?<name>[^{}]*)\}""", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    public static string NameOf(Match match) => match.Groups["name"].Success ? match.Groups["name"].Value : Cue;
}
