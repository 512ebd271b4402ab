using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlackBot.Scheduling;

/// <summary>Runs every registered <see cref="IScheduledJob"/> in turn, once per interval, on the injected clock.</summary>
public sealed partial class LearningScheduler(
    IServiceScopeFactory scopes,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<LearningScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(options.Value.Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass over all jobs; a failing job is logged and does not stop the others.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
        {
            if (cancellationToken.IsCancellationRequested) return;
            try
            {
                await job.RunAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogJobFailed(exception, job.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again next interval")]
    private partial void LogJobFailed(Exception exception, string job);
}
