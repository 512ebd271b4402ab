using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Builds the Lucene query from a person's words, through the same analyzer that indexed the findings (so
/// "restarting" looks for the stem that "restarted" was indexed under). Built by hand rather than with Lucene's
/// QueryParser, whose syntax (AND, brackets, colons, stars) makes ordinary text throw. Each word or phrase may match
/// the finding's text or, at a lower weight, its incident's name; findings with more of the words rank higher.
/// </summary>
internal sealed class FindingQueryBuilder(Analyzer analyzer)
{
    private const float IncidentNameWeight = 0.5f;

    // How much a second matching field adds to the best one (a word in both the text and the incident's name).
    private const float TieBreaker = 0.1f;

    public (Query? Query, IReadOnlyList<string> SearchedWords) Build(IReadOnlyList<SearchTerm> terms)
    {
        var query = new BooleanQuery();
        var searched = new List<string>();
        foreach (var term in terms)
        {
            var tokens = Tokens(term.Text);
            if (tokens.Count == 0) continue; // only stop words or punctuation

            searched.Add(term.IsPhrase ? $"\"{term.Text}\"" : term.Text);
            query.Add(new DisjunctionMaxQuery(TieBreaker)
            {
                ForField(FindingDocument.Text, tokens, 1f),
                ForField(FindingDocument.Incident, tokens, IncidentNameWeight),
            }, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? (null, searched) : (query, searched);
    }

    /// <summary>One token is a term; several (a phrase, or a word the analyzer splits, like "read-only") must appear in order.</summary>
    private static Query ForField(string field, IReadOnlyList<(string Term, int Position)> tokens, float weight)
    {
        Query query;
        if (tokens.Count == 1) query = new TermQuery(new Term(field, tokens[0].Term));
        else
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position - tokens[0].Position);
            query = phrase;
        }

        query.Boost = weight;
        return query;
    }

    /// <summary>The analyzed terms and their positions; dropped stop words leave gaps, as they did when indexing.</summary>
    private List<(string Term, int Position)> Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(FindingDocument.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
