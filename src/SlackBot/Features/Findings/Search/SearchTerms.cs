using System.Text;

namespace SlackBot.Features.Findings.Search;

/// <summary>One thing to look for: a word, or a phrase whose words must appear in this order.</summary>
public sealed record SearchTerm(string Text, bool IsPhrase);

/// <summary>
/// Splits what a person typed into words and "quoted phrases". Nothing in the text is syntax beyond the quotes
/// (AND, OR, brackets, colons and stars are just characters the analyzer drops), so no input can make a search fail.
/// An unclosed quote runs to the end. Very long input is cut: nobody searches with a page of text.
/// </summary>
public static class SearchTerms
{
    /// <summary>Characters of the query read; the rest is ignored.</summary>
    public const int MaxLength = 500;

    /// <summary>Words and phrases kept; a few dozen is already far more than anyone types.</summary>
    public const int MaxTerms = 24;

    public static IReadOnlyList<SearchTerm> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var input = text.Length > MaxLength ? text[..MaxLength] : text;
        var terms = new List<SearchTerm>();
        var current = new StringBuilder();
        var inPhrase = false;

        void Flush()
        {
            var term = current.ToString().Trim();
            if (term.Length > 0 && terms.Count < MaxTerms) terms.Add(new SearchTerm(term, inPhrase));
            current.Clear();
        }

        foreach (var character in input)
        {
            if (IsQuote(character))
            {
                Flush();
                inPhrase = !inPhrase;
            }
            else if (char.IsWhiteSpace(character) && !inPhrase) Flush();
            else current.Append(character);
        }

        Flush();
        return terms;
    }

    // Slack turns typed quotes into curly ones on some clients.
    private static bool IsQuote(char character) => character is '"' or '\u201C' or '\u201D';
}
