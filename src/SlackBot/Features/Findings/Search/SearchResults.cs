namespace SlackBot.Features.Findings.Search;

/// <summary>
/// The hits of one search, best first, and the words that were searched for. No <see cref="SearchedWords"/> means
/// the text held nothing searchable (only punctuation, or words as common as "the"), which deserves its own answer.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> SearchedWords)
{
    public static SearchResults Nothing(IReadOnlyList<string> searchedWords) => new([], searchedWords);

    public bool HadSomethingToSearch => SearchedWords.Count > 0;
}
