using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// The excerpt of a hit, in Slack mrkdwn: a short finding whole, a long one as its best passages in reading order,
/// with the words that matched in <c>*bold*</c> and everything else escaped. Lucene's highlighter finds the passages
/// and the matching words (stems and phrases included).
/// </summary>
internal sealed class ExcerptHighlighter(Analyzer analyzer)
{
    /// <summary>Findings up to this length are shown whole.</summary>
    public const int WholeTextUpTo = 300;

    private const int PassageLength = 140;
    private const int MostPassages = 2;
    private const string Ellipsis = "…";

    // Placeholders for the bold markers while the passages are placed in the text; never in the finding's own words.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    public string Excerpt(Query query, string plainText)
    {
        var text = plainText.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);
        var escaped = Mrkdwn.Escape(text);
        var passages = Passages(query, text);
        if (passages.Count == 0) return Mrkdwn.Escape(Mrkdwn.Truncate(text, WholeTextUpTo));

        // The highlighter hands passages best first; a person reads them in the order they were written.
        var placed = passages
            .Select(passage => (Marked: passage.Trim(), At: escaped.IndexOf(Unmarked(passage.Trim()), StringComparison.Ordinal)))
            .OrderBy(passage => passage.At)
            .ToList();
        var parts = new List<string>();
        var readUpTo = 0;
        foreach (var (marked, at) in placed)
        {
            if (at < 0 || readUpTo < 0 || Skips(escaped, readUpTo, at)) parts.Add(Ellipsis);
            parts.Add(marked);
            readUpTo = at < 0 ? -1 : at + Unmarked(marked).Length;
        }

        if (readUpTo < 0 || Skips(escaped, readUpTo, escaped.Length)) parts.Add(Ellipsis);
        return string.Join(' ', parts).Replace(Open, '*').Replace(Close, '*');
    }

    /// <summary>True when words lie between the two positions: the excerpt leaves something out there.</summary>
    private static bool Skips(string text, int from, int to) => to > from && !string.IsNullOrWhiteSpace(text[from..to]);

    private List<string> Passages(Query query, string text)
    {
        var scorer = new QueryScorer(query, FindingDocument.Text);
        var highlighter = new Highlighter(new MarkFormatter(), new MrkdwnEncoder(), scorer)
        {
            TextFragmenter = text.Length <= WholeTextUpTo ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, PassageLength),
        };
        try
        {
            using var tokens = analyzer.GetTokenStream(FindingDocument.Text, text);
            return highlighter.GetBestFragments(tokens, text, MostPassages).Where(passage => passage.Trim().Length > 0).ToList();
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets that do not fit the text: show the start of it, unhighlighted, rather than nothing.
            return [];
        }
    }

    private static string Unmarked(string passage) =>
        passage.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
