using System.Text.RegularExpressions;

namespace SlackBot.Slack.Blocks;

/// <summary>Safe pieces of Slack mrkdwn: escaping user text, mentions, links, quotes.</summary>
public static partial class Mrkdwn
{
    /// <summary>Escapes the three characters Slack treats as control sequences in message text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Mention(string userId) => $"<@{userId}>";

    public static string Channel(string channelId) => $"<#{channelId}>";

    public static string Link(string url, string label) => $"<{url}|{Escape(label).Replace("|", "¦", StringComparison.Ordinal)}>";

    /// <summary>Block-quotes every line of (escaped) text.</summary>
    public static string Quote(string text) =>
        string.Join('\n', Escape(text).Split('\n').Select(line => "> " + line));

    /// <summary>Shortens text to at most <paramref name="maxLength"/> characters, at a word boundary when one is near, with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text[..(maxLength - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > maxLength / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':', '.', '-') + "…";
    }

    /// <summary>The user ids mentioned in Slack text (<c>&lt;@U123&gt;</c> or <c>&lt;@U123|name&gt;</c>), in order.</summary>
    public static IEnumerable<string> MentionedUsers(string text) =>
        UserMention().Matches(text).Select(match => match.Groups[1].Value);

    /// <summary>Replaces each user mention with what <paramref name="replacement"/> makes of the user id.</summary>
    public static string ReplaceMentions(string text, Func<string, string> replacement) =>
        UserMention().Replace(text, match => replacement(match.Groups[1].Value));

    [GeneratedRegex(@"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex UserMention();
}
