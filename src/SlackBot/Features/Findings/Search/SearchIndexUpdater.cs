using Microsoft.Extensions.Logging;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Keeps the search index following the findings store. The store's write has already committed when this runs,
/// so a failure here is logged rather than thrown: the finding is kept, and the start-up check re-indexes it.
/// </summary>
public sealed partial class SearchIndexUpdater(IFindingSearch search, ILogger<SearchIndexUpdater> logger) : IFindingObserver
{
    public void Saved(Finding finding)
    {
        try
        {
            search.Index(finding);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogFailed(exception, finding.Id);
        }
    }

    public void Removed(string findingId)
    {
        try
        {
            search.Remove(findingId);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogFailed(exception, findingId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the search index for finding {FindingId}; it is corrected at the next start")]
    private partial void LogFailed(Exception exception, string findingId);
}
