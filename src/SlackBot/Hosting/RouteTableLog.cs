using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Dispatch;

namespace SlackBot.Hosting;

/// <summary>Writes who listens to what (<see cref="SlackRoutes.Describe"/>) to the debug log once at start-up.</summary>
public sealed partial class RouteTableLog(SlackRoutes routes, ILogger<RouteTableLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            foreach (var route in routes.Describe()) LogRoute(route);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Route: {Route}")]
    private partial void LogRoute(string route);
}
