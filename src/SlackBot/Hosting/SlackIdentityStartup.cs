using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;

namespace SlackBot.Hosting;

/// <summary>
/// Asks Slack who the bot is (<c>auth.test</c>), in the background so that the host listens at once: the answer
/// identifies the bot's own echoes (until then <c>/healthz</c> says "starting" and the router holds processing), and a
/// rejected token stops the program with one clear line (<see cref="StartupFailure"/>) instead of a stream of failures later.
/// </summary>
public sealed partial class SlackIdentityStartup(
    ISlackApi slack,
    BotIdentityAccessor identity,
    IOptions<SlackOptions> options,
    TimeProvider time,
    StartupFailure failure,
    IHostApplicationLifetime lifetime,
    ILogger<SlackIdentityStartup> logger) : IHostedService
{
    private static readonly TimeSpan[] ReachabilityRetries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(9)];

    private readonly CancellationTokenSource _stopping = new();
    private Task _learning = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the workers start (hosted services start in order): they wait for the identity from here on.
        identity.Expect();
        _learning = LearnAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _learning.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task LearnAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await AskAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (StartupException exception)
        {
            failure.Report(exception);
            lifetime.StopApplication();
        }
    }

    private async Task AskAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var auth = await slack.AuthTestAsync(cancellationToken);
                identity.Set(new BotIdentity(auth.UserId, auth.BotId, auth.TeamId));
                LogConnected(auth.User ?? auth.UserId, auth.UserId, auth.Team ?? auth.TeamId);
                return;
            }
            catch (SlackApiException exception)
            {
                throw new StartupException(
                    $"Slack rejected Slack:BotToken ({exception.Error}) at {options.Value.ApiBaseUrl}auth.test. " +
                    "Check that the token is the bot token (xoxb-…) of an app installed in the workspace; see the README, section \"Set-up\".");
            }
            catch (SlackTransportException exception) when (attempt < ReachabilityRetries.Length)
            {
                LogSlackUnreachable(options.Value.ApiBaseUrl, exception.Message, ReachabilityRetries[attempt]);
                await Task.Delay(ReachabilityRetries[attempt], time, cancellationToken);
            }
            catch (SlackTransportException exception)
            {
                throw new StartupException(
                    $"Could not reach Slack at {options.Value.ApiBaseUrl} ({exception.Message}). Check the network and Slack:ApiBaseUrl.");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Slack as {BotName} ({BotUserId}) in {Team}")]
    private partial void LogConnected(string botName, string botUserId, string team);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack is not reachable at {BaseUrl} ({Reason}); trying again in {Delay}")]
    private partial void LogSlackUnreachable(Uri baseUrl, string reason, TimeSpan delay);
}

/// <summary>A start-up problem the operator can fix; printed as one line, without a stack trace.</summary>
public class StartupException(string message) : Exception(message);
