using System.Text.RegularExpressions;

namespace SlackBot.Slack.Text;

/// <summary>
/// Reads Slack message text (mrkdwn, as events, the Web API and exports deliver it) as the plain words a person saw:
/// "paging @U123 from fraud" rather than "paging &lt;@U123&gt; from fraud". <see cref="Mrkdwn"/> writes it.
/// </summary>
public static partial class SlackText
{
    /// <summary>
    /// Plain text on one line: user mentions become <c>@label</c> (or <c>@U123</c>), channels <c>#name</c>, <c>&lt;!here&gt;</c>
    /// <c>@here</c>, user groups and dates their label, links their label or else their URL; <c>&amp;amp; &amp;lt; &amp;gt;</c>
    /// decoded; <c>:emoji:</c> codes, code marks and *bold* _italic_ ~strike~ marks dropped; whitespace folded.
    /// </summary>
    public static string ToPlain(string mrkdwn) => ToPlain(mrkdwn, PlainTextOptions.Default);

    /// <summary><see cref="ToPlain(string)"/>, with <paramref name="options"/> saying what becomes of line breaks, bare links and mentions.</summary>
    public static string ToPlain(string mrkdwn, PlainTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        ArgumentNullException.ThrowIfNull(options);
        if (mrkdwn.Length == 0) return "";

        // Sequences first (their labels may hold escaped text), then the escapes, so that a decoded "&lt;" is text
        // and can never start a sequence of its own.
        var text = ControlSequence.Replace(mrkdwn, sequence => Render(sequence, options));
        text = Decode(text);
        text = CodeFence().Replace(text, " ");
        text = text.Replace('`', ' ');
        text = EmojiCode().Replace(text, " ");
        text = FormattingMark().Replace(text, "${inner}");

        var lines = text.Split('\n').Select(FoldWhitespace).Where(line => line.Length > 0);
        return string.Join(options.KeepLineBreaks ? '\n' : ' ', lines);
    }

    /// <summary>Folds every run of whitespace into one space and trims the ends.</summary>
    public static string FoldWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Render(ControlSequence sequence, PlainTextOptions options)
    {
        if (options.OmitMentions && sequence.Kind != ControlSequenceKind.Link) return "";
        return sequence.Kind switch
        {
            ControlSequenceKind.User => "@" + ((options.UserName?.Invoke(sequence.Target) is { Length: > 0 } name ? name : null) ?? sequence.Label?.TrimStart('@') ?? sequence.Target),
            ControlSequenceKind.Channel => "#" + (sequence.Label?.TrimStart('#') ?? sequence.Target),
            // <!here>, <!channel>, <!subteam^S123|@oncall>, <!date^1700000000^{date}|Nov 14>: the label is what people saw.
            ControlSequenceKind.Special => sequence.Label ?? "@" + sequence.SpecialName,
            _ => sequence.Label ?? (options.OmitBareLinks ? "" : sequence.Target),
        };
    }

    private static string Decode(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"```", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFence();

    // One or more :emoji: in a row (":+1::skin-tone-2:"), not glued to a word or digit, so that times
    // such as 14:05:30 and words like "note:ok:" survive.
    [GeneratedRegex(@"(?<![\w:])(?::[a-z0-9_+'-]+:)+(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmojiCode();

    // *bold*, _italic_, ~strike~ around a span; a lone * (as in /img/*) or snake_case stays.
    [GeneratedRegex(@"(?<![\w*_~])(?<marker>[*_~])(?=\S)(?<inner>[^\n]*?\S)\k<marker>(?![\w*_~])", RegexOptions.CultureInvariant)]
    private static partial Regex FormattingMark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
