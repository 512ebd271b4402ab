using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlackBot.Features.Home;

/// <summary>Publishes Home again for the people <see cref="HomeRefresh"/> collected, off the listeners' lanes.</summary>
public sealed partial class HomeRefreshWorker(HomeRefresh refresh, HomePublisher publisher, ILogger<HomeRefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await refresh.WaitAsync(stoppingToken);
            foreach (var user in refresh.Drain())
            {
                try
                {
                    await publisher.RefreshAsync(user, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A stale Home is a small harm: it is published afresh the next time they open it or something changes.
                    LogFailed(exception, user);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the Home tab of {UserId}")]
    private partial void LogFailed(Exception exception, string userId);
}
