using System.Text.RegularExpressions;
using SlackBot.Slack.Blocks;

namespace SlackBot.Features.Questions;

/// <summary>
/// Moves between Slack's message markup and plain words. A cue arrives as Slack wrote it (mentions as
/// <c>&lt;@U123&gt;</c>, links, <c>&amp;amp;</c>); it is shown back to the person inside a question, where it
/// must read naturally and must never ping anyone or carry markup of its own.
/// </summary>
internal static partial class CueText
{
    /// <summary>Slack's angle-bracket sequences: user, channel, group and special mentions, dates, links.</summary>
    [GeneratedRegex(@"<(?<target>[@#!][^<>|\s]*|(?:https?|mailto|ftp|slack):[^<>|\s]*)(?:\|(?<label>[^<>]*))?>",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ControlSequence();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>
    /// Turns Slack markup into the words a reader saw: <c>&lt;@U1|ana&gt;</c> → "@ana", <c>&lt;!here&gt;</c> →
    /// "@here", <c>&lt;https://x|docs&gt;</c> → "docs", entities decoded, whitespace runs folded to one space.
    /// </summary>
    public static string ToPlainWords(string slackText)
    {
        var withoutMarkup = ControlSequence().Replace(slackText, static match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return target[0] switch
            {
                '@' or '#' => string.IsNullOrWhiteSpace(label) ? target : target[0] + label.TrimStart(target[0]),
                '!' => Special(target, label),
                _ => string.IsNullOrWhiteSpace(label) ? target : label,
            };
        });

        var decoded = withoutMarkup
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(decoded, " ").Trim();
    }

    /// <summary>Escapes the three characters Slack reserves for markup, as its message formatting rules require.</summary>
    public static string Escape(string plainText) => Mrkdwn.Escape(plainText);

    private static string Special(string target, string? label)
    {
        // <!subteam^S123|@oncall>, <!date^1700000000^{date}|Nov 14>: the label is what people saw.
        if (!string.IsNullOrWhiteSpace(label))
        {
            return label;
        }

        var name = target[1..];
        var caret = name.IndexOf('^', StringComparison.Ordinal);
        return "@" + (caret < 0 ? name : name[..caret]);
    }
}
