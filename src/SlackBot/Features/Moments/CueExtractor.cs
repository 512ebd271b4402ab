using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// Cuts the quotable words around a trigger: the clause or sentence it sits in, kept between
/// <see cref="MinWords"/> and <see cref="MaxWords"/> words, trimmed of fillers and dangling punctuation,
/// so a question can say "You mentioned “…” — how did that come to be?" in the person's own words.
/// </summary>
internal static partial class CueExtractor
{
    public const int MinWords = 3;
    public const int MaxWords = 15;

    // Never cut a quote to fewer words than this just to drop a filler like "fwiw".
    private const int MinWordsAfterTrim = 3;

    /// <summary>
    /// The words to quote for a trigger; when the trigger's own words only react ("news to me too"), the sentence
    /// of the same message that names something instead; null when no sentence does (nothing worth quoting).
    /// </summary>
    public static string? ExtractWithContent(MessageText message, int triggerIndex, int triggerLength)
    {
        var cue = Extract(message, triggerIndex, triggerLength);
        if (CueContent.HasContent(cue))
        {
            return cue;
        }

        var withContent = message.Sentences
            .Where(sentence => CueContent.HasContent(message.Plain[sentence.Start..sentence.End]))
            .Select(sentence => Extract(message, sentence.Start, 0))
            .FirstOrDefault(CueContent.HasContent);
        return withContent;
    }

    public static string Extract(MessageText message, int triggerIndex, int triggerLength)
    {
        var sentence = message.SentenceAt(triggerIndex);
        var span = WordCount(message.Plain, sentence) switch
        {
            > MaxWords => WithinSentence(message, sentence, triggerIndex),
            < MinWords => AcrossSentences(message, sentence),
            _ => sentence,
        };

        return Tidy(message.Plain, span, message.Plain.Substring(triggerIndex, triggerLength));
    }

    // A long sentence: grow from the clause holding the trigger, clause by clause, up to MaxWords.
    private static Span WithinSentence(MessageText message, Span sentence, int triggerIndex)
    {
        var clauses = message.Segments.Where(s => s.Start >= sentence.Start && s.End <= sentence.End).ToList();
        var at = clauses.FindIndex(s => triggerIndex < s.End);
        if (at < 0)
        {
            return WordWindow(message.Plain, sentence, triggerIndex);
        }

        var span = clauses[at];
        if (WordCount(message.Plain, span) > MaxWords)
        {
            return WordWindow(message.Plain, span, triggerIndex);
        }

        int left = at, right = at;
        var grew = true;
        while (grew && WordCount(message.Plain, span) < MinWords + 3)
        {
            grew = false;
            if (right + 1 < clauses.Count && WordCount(message.Plain, new Span(span.Start, clauses[right + 1].End)) <= MaxWords)
            {
                span = new Span(span.Start, clauses[++right].End);
                grew = true;
            }
            else if (left > 0 && WordCount(message.Plain, new Span(clauses[left - 1].Start, span.End)) <= MaxWords)
            {
                span = new Span(clauses[--left].Start, span.End);
                grew = true;
            }
        }

        return span;
    }

    // A clause that is still too long: MaxWords words, starting a few words before the trigger.
    private static Span WordWindow(string text, Span within, int triggerIndex)
    {
        var words = WordSpans(text, within);
        var triggerWord = Math.Max(0, words.FindIndex(w => triggerIndex < w.End));
        var first = Math.Clamp(triggerWord - 4, 0, Math.Max(0, words.Count - MaxWords));
        var last = Math.Min(words.Count, first + MaxWords) - 1;
        return new Span(words[first].Start, words[last].End);
    }

    // A fragment too short to quote ("huh."): join the sentences after it, then before it.
    private static Span AcrossSentences(MessageText message, Span sentence)
    {
        var all = message.Sentences;
        var at = Math.Max(0, IndexOf(all, sentence));
        int left = at, right = at;
        var span = sentence;
        while (WordCount(message.Plain, span) < MinWords)
        {
            if (right + 1 < all.Count && WordCount(message.Plain, new Span(span.Start, all[right + 1].End)) <= MaxWords)
            {
                span = new Span(span.Start, all[++right].End);
            }
            else if (left > 0 && WordCount(message.Plain, new Span(all[left - 1].Start, span.End)) <= MaxWords)
            {
                span = new Span(all[--left].Start, span.End);
            }
            else
            {
                break;
            }
        }

        return span;
    }

    private static string Tidy(string text, Span span, string trigger)
    {
        var cue = Whitespace().Replace(text[span.Start..span.End], " ");
        cue = TrimPunctuation(cue);

        // Drop openers such as "fwiw", "btw", "ok so" when what remains still holds the trigger.
        var opener = Opener().Match(cue);
        if (opener.Success)
        {
            var rest = TrimPunctuation(cue[opener.Length..]);
            var keepsTrigger = rest.Contains(Whitespace().Replace(trigger, " ").Trim(), StringComparison.OrdinalIgnoreCase);
            if (keepsTrigger && CountWords(rest) >= MinWordsAfterTrim)
            {
                cue = rest;
            }
        }

        return BalanceBrackets(cue);
    }

    private static string TrimPunctuation(string cue) =>
        cue.Trim().TrimStart(',', ';', ':', '-', '.', '!', '?', ')', ']', '}', '>', '\u2014', '\u2013', ' ')
           .TrimEnd(',', ';', ':', '-', '.', '!', '?', '(', '[', '{', '<', '\u2014', '\u2013', '\u2026', ' ')
           .Trim();

    private static string BalanceBrackets(string cue)
    {
        if (cue.Count(c => c == '(') != cue.Count(c => c == ')'))
        {
            cue = cue.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        }

        if (cue.Count(c => c == '"') % 2 == 1)
        {
            cue = cue.Replace("\"", "", StringComparison.Ordinal);
        }

        return Whitespace().Replace(cue, " ").Trim();
    }

    private static int IndexOf(IReadOnlyList<Span> spans, Span span)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i] == span)
            {
                return i;
            }
        }

        return -1;
    }

    private static int WordCount(string text, Span span) => CountWords(text.AsSpan(span.Start, span.Length));

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    private static List<Span> WordSpans(string text, Span within)
    {
        var words = new List<Span>();
        var start = -1;
        for (var i = within.Start; i <= within.End; i++)
        {
            var isSpace = i == within.End || char.IsWhiteSpace(text[i]);
            if (!isSpace && start < 0)
            {
                start = i;
            }
            else if (isSpace && start >= 0)
            {
                words.Add(new Span(start, i));
                start = -1;
            }
        }

        return words;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    // Conversational openers that add nothing to a quote.
    [GeneratedRegex(@"^(?:(?:fwiw|btw|tbh|imo|imho|also|and|but|so|ok|okay|oh|ah|yeah|yep|ya|yes|lol|honestly|well|hey|hm+|um+|note|for the record|for what it'?s worth|for context|heads up|one more thing|one more)\b[,:.!]?\s*)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opener();
}
