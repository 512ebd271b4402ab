using System.Text;

namespace SlackBot.Features.Review;

/// <summary>
/// Safe pieces of Markdown (CommonMark) for the export file: what people wrote is escaped so that it reads as they
/// typed it and can never turn into a heading, a link or a table.
/// </summary>
internal static class MarkdownText
{
    // Inline syntax; the rest (".", "-", "#") only means something at the start of a line, handled there.
    private const string Inline = @"\`*_[]<>|~";

    /// <summary>
    /// Backslash-escapes what Markdown could read as syntax, keeping the raw file readable (Slack previews it as text):
    /// inline markers everywhere, block markers only at the start. Line breaks become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r') continue;
            if (c is '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (Inline.Contains(c, StringComparison.Ordinal)) escaped.Append('\\');
            escaped.Append(c);
        }

        var start = 0;
        while (start < escaped.Length && escaped[start] == ' ') start++;
        if (start < escaped.Length && escaped[start] is '#' or '-' or '+' or '=' or '>')
            escaped.Insert(start, '\\');
        else if (OrderedListStart(escaped, start) is { } marker)
            escaped.Insert(marker, '\\');
        return escaped.ToString();
    }

    /// <summary>"1. " or "2) " at the start would become a numbered list: the position of its "." or ")".</summary>
    private static int? OrderedListStart(StringBuilder text, int start)
    {
        var position = start;
        while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
        return position > start && position < text.Length && text[position] is '.' or ')' ? position : null;
    }

    /// <summary>A block quote of several lines, each escaped, indented by <paramref name="indent"/> (for quotes inside list items).</summary>
    public static string Quote(string text, string indent = "")
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0);
        return string.Join('\n', lines.Select(line => indent + "> " + Escape(line)));
    }

    /// <summary>A link whose label is escaped; the URL is Slack's own permalink, so only its parentheses need care.</summary>
    public static string Link(string label, string url) =>
        $"[{Escape(label)}](<{url.Replace(">", "%3E", StringComparison.Ordinal)}>)";

    /// <summary>A link if there is a URL, nothing otherwise, with a separator in front.</summary>
    public static string OptionalLink(string label, string? url, string separator = " · ") =>
        url is { Length: > 0 } ? separator + Link(label, url) : "";
}
