using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// Turns Slack message text (mrkdwn, as it arrives in events and exports) into the plain words a person
/// typed, so that rules and quotes see "paging @U123 from fraud" rather than "paging &lt;@U123&gt; from fraud".
/// </summary>
public static partial class SlackText
{
    /// <summary>
    /// Plain text on one line: mentions become <c>@U123</c> (or <c>@label</c> when Slack sent one),
    /// channels <c>#name</c>, <c>&lt;url|label&gt;</c> its label, bare <c>&lt;url&gt;</c> nothing,
    /// <c>:emoji:</c> nothing, <c>&amp;amp; &amp;lt; &amp;gt;</c> decoded, code kept as words,
    /// formatting markers dropped, whitespace collapsed.
    /// </summary>
    public static string ToPlain(string mrkdwn) => CollapseWhitespace(ToPlainLines(mrkdwn));

    /// <summary>
    /// Same as <see cref="ToPlain"/> but keeps line breaks: a new line in a chat message usually ends a
    /// thought, and the moment detector uses that when it cuts a quotable cue.
    /// </summary>
    internal static string ToPlainLines(string mrkdwn)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        if (mrkdwn.Length == 0)
        {
            return "";
        }

        // Order matters: entities first (their labels may hold escaped text), then the escapes, so that
        // a decoded "&lt;" can never start a new entity.
        var text = Entity().Replace(mrkdwn, RenderEntity);
        text = text.Replace("&lt;", "<", StringComparison.Ordinal)
                   .Replace("&gt;", ">", StringComparison.Ordinal)
                   .Replace("&amp;", "&", StringComparison.Ordinal);
        text = CodeFence().Replace(text, " ");
        text = text.Replace('`', ' ');
        text = EmojiRun().Replace(text, " ");
        text = FormattingMarker().Replace(text, "${inner}");
        text = RemovePictographs(text);
        text = text.Replace('\u2019', '\'').Replace('\u2018', '\'');

        var lines = text.Split('\n')
            .Select(CollapseWhitespace)
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static string RenderEntity(Match match)
    {
        var body = match.Groups["body"].Value;
        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? body : body[..bar];
        var label = bar < 0 ? null : body[(bar + 1)..];

        return target switch
        {
            _ when target.StartsWith('@') => "@" + (label ?? target[1..]).TrimStart('@'),
            _ when target.StartsWith('#') => "#" + (label ?? target[1..]).TrimStart('#'),
            // <!here>, <!channel>, <!subteam^S123|@oncall>, <!date^...|fallback>
            _ when target.StartsWith('!') => label ?? "@" + target[1..].Split('^')[0],
            // Links: the label is what the person wrote; a bare URL carries no words worth quoting.
            _ => label ?? "",
        };
    }

    private static string RemovePictographs(string text)
    {
        if (text.All(c => c < 0x2000))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Only pictographs: "°" or "©" below U+2000 are part of what people write.
            var isEmojiPart = (rune.Value >= 0x2000 && category == UnicodeCategory.OtherSymbol)
                || rune.Value is 0x200D or 0xFE0F or 0xFE0E
                || (rune.Value >= 0x1F3FB && rune.Value <= 0x1F3FF);
            builder.Append(isEmojiPart ? " " : rune.ToString());
        }

        return builder.ToString();
    }

    private static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    // <@U123>, <@U123|name>, <#C123|general>, <!here>, <https://x|label>, <mailto:a@b|a@b>
    [GeneratedRegex(@"<(?<body>[^<>\n]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"```", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFence();

    // One or more :emoji: in a row (":+1::skin-tone-2:"), not glued to a word or digit, so that times
    // such as 14:05:30 and words like "note:ok:" survive.
    [GeneratedRegex(@"(?<![\w:])(?::[a-z0-9_+'-]+:)+(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmojiRun();

    // *bold*, _italic_, ~strike~ around a span; a lone * (as in /img/*) or snake_case stays.
    [GeneratedRegex(@"(?<![\w*_~])(?<marker>[*_~])(?=\S)(?<inner>[^\n]*?\S)\k<marker>(?![\w*_~])", RegexOptions.CultureInvariant)]
    private static partial Regex FormattingMarker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
