using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// At start-up, brings the search index in line with the findings store: a missing or outdated index is rebuilt,
/// and what changed while the bot was not running (an import, a crash before a commit) is patched. Runs in the
/// background so that the bot connects meanwhile; searches wait for it.
/// </summary>
public sealed partial class SearchIndexStartup(LuceneFindingSearch search, IFindingStore findings, ILogger<SearchIndexStartup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(async () =>
    {
        try
        {
            search.Synchronise(await findings.AllAsync(stoppingToken));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Searches report the failure; the rest of the bot carries on.
            LogFailed(exception);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not be brought in line with the findings store; /learn search is unavailable")]
    private partial void LogFailed(Exception exception);
}
