using System.Globalization;
using System.Text;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Moments;

/// <summary>
/// One message prepared for the rules: the plain text (line breaks kept), a lower-cased copy of the same
/// length that patterns run on, and where its sentences and comma-level segments start and end, so that a
/// match can be judged (negated? asked as a question?) and quoted within the thought it belongs to.
/// </summary>
internal sealed class MessageText
{
    private readonly List<Span> sentences = [];
    private readonly List<Span> segments = [];

    private MessageText(string plain)
    {
        Plain = plain;
        Lower = plain.ToLowerInvariant();
        Split(Plain, sentences, IsSentenceEnd);
        Split(Plain, segments, IsSegmentEnd);
    }

    /// <summary>The message's own words, as <see cref="FromMrkdwn"/> reads them for the rules.</summary>
    public string Plain { get; }

    /// <summary><see cref="Plain"/> lower-cased; same length, so match indexes point into both.</summary>
    public string Lower { get; }

    public IReadOnlyList<Span> Sentences => sentences;

    public IReadOnlyList<Span> Segments => segments;

    /// <summary>
    /// Reads a message for the rules: Slack's plain reading with its line breaks (a new line usually ends a thought,
    /// which the cue uses), without bare links (a URL carries no words worth quoting), emoji pictographs or curly
    /// apostrophes, so that "it’s 🔥" matches what "it's" does.
    /// </summary>
    public static MessageText FromMrkdwn(string mrkdwn)
    {
        var plain = SlackText.ToPlain(mrkdwn, ForRules);
        plain = RemovePictographs(plain).Replace('\u2019', '\'').Replace('\u2018', '\'');
        return new(string.Join('\n', plain.Split('\n').Select(SlackText.FoldWhitespace).Where(line => line.Length > 0)));
    }

    public Span SentenceAt(int index) => Containing(sentences, index);

    public Span SegmentAt(int index) => Containing(segments, index);

    /// <summary>True when the sentence holding <paramref name="index"/> is asked rather than told.</summary>
    public bool IsQuestionAt(int index)
    {
        var sentence = SentenceAt(index);
        var end = sentence.End;
        while (end < Plain.Length && Plain[end] is '?' or '!' or '.' or ')' or '"' or '\'')
        {
            if (Plain[end] == '?')
            {
                return true;
            }

            end++;
        }

        return Plain.AsSpan(sentence.Start, sentence.Length).TrimEnd().EndsWith("?", StringComparison.Ordinal);
    }

    /// <summary>Up to <paramref name="count"/> lower-cased words just before <paramref name="index"/>, inside its segment.</summary>
    public IEnumerable<string> WordsBefore(int index, int count)
    {
        var segment = SegmentAt(index);
        var before = Lower[segment.Start..index];
        return before.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).TakeLast(count);
    }

    private static readonly char[] WordSeparators = [' ', '\n', '(', ')', '"', ',', ':', ';'];

    private static readonly PlainTextOptions ForRules = new() { KeepLineBreaks = true, OmitBareLinks = true };

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

    private static Span Containing(List<Span> spans, int index)
    {
        foreach (var span in spans)
        {
            if (index < span.End || span == spans[^1])
            {
                return span;
            }
        }

        return new Span(0, 0);
    }

    private static void Split(string text, List<Span> spans, Func<string, int, bool> isEnd)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (isEnd(text, i))
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
        }

        Add(spans, text, start, text.Length);
        if (spans.Count == 0)
        {
            spans.Add(new Span(0, text.Length));
        }
    }

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            spans.Add(new Span(start, end));
        }
    }

    // A sentence ends at a line break, or at . ! ? ; followed by a space (so "v1.2", "e.g.x" and
    // "api.example.io" stay whole), or at a spaced dash used as a pause.
    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '\n' => true,
        '.' or '!' or '?' or ';' => i + 1 >= text.Length || text[i + 1] is ' ' or '\n',
        '\u2014' or '\u2013' => true,
        '-' => i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ',
        _ => false,
    };

    // Segments are the clauses within a sentence: commas and colons (not inside numbers like 1,800 or 14:05).
    private static bool IsSegmentEnd(string text, int i) => IsSentenceEnd(text, i) || text[i] switch
    {
        ',' or ':' => i + 1 >= text.Length || !char.IsDigit(text[i + 1]),
        '(' or ')' => true,
        _ => false,
    };
}

/// <summary>A half-open character range [Start, End) of a <see cref="MessageText"/>.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}
