namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Full-text search over the organisation's findings and notes, best matches first. The embedded default is Lucene
/// (<see cref="LuceneFindingSearch"/>); a server database can answer the same contract with its own full-text search.
/// </summary>
public interface IFindingSearch
{
    /// <summary>
    /// Adds the finding or replaces what was indexed for its id. A finding that must not be found
    /// (<see cref="FindingSearchRules.IsSearchable"/> says no, e.g. once withdrawn) is taken out instead. Synchronous
    /// because it runs right after the store's own write commits; an engine that searches the store's table needs
    /// nothing here.
    /// </summary>
    void Index(Finding finding);

    /// <summary>Takes the finding out; unknown ids are ignored.</summary>
    void Remove(string findingId);

    /// <summary>
    /// The findings matching <see cref="SearchQuery.Terms"/> that the caller may see, best first. Never throws for
    /// what a person typed: text with nothing searchable in it gives no hits.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
