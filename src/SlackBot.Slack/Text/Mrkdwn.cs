namespace SlackBot.Slack.Text;

/// <summary>Writing Slack mrkdwn safely: escaping people's text, mentions, links, quotes. <see cref="SlackText"/> reads it back.</summary>
public static class Mrkdwn
{
    /// <summary>
    /// Escapes the three characters Slack reads as markup (&amp; &lt; &gt;), as its formatting docs require, and no
    /// others: echoed text can then never ping <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c> or a user group, mention
    /// anyone, or show a link under a label of its choosing.
    /// </summary>
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
}
