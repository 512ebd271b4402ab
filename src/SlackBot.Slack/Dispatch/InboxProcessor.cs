using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Processes the durable inbox: one worker for events (in arrival order) and one for commands and
/// interactions (people are waiting on those). On start it first resumes whatever a previous run stored but
/// did not finish. Processed envelopes are kept for a day so that late Slack retries are still recognised.
/// </summary>
public sealed partial class InboxProcessor(
    IEnvelopeInbox inbox,
    InboxSignal signal,
    SlackRouter router,
    AckWaiters waiters,
    IOutbox outbox,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    /// <summary>Slack retries for up to 2 hours by default, 24 hours with Delayed Events; keep ids a little longer.</summary>
    public static readonly TimeSpan DeduplicationWindow = TimeSpan.FromHours(25);

    private const int BatchSize = 64;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RunLaneAsync(InboxLane.Events, stoppingToken), RunLaneAsync(InboxLane.Interactive, stoppingToken), PruneAsync(stoppingToken));

    private async Task RunLaneAsync(InboxLane lane, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = inbox.ReadPending(lane, BatchSize);
                if (pending.Count == 0)
                {
                    await signal.WaitAsync(lane, stoppingToken);
                    continue;
                }

                foreach (var envelope in pending)
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    await ProcessAsync(envelope, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage trouble: log, pause, try again; the envelopes are still in the inbox.
                LogLaneFailed(exception, lane);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(SlackEnvelope envelope, CancellationToken stoppingToken)
    {
        RouteResult result;
        try
        {
            result = await router.RouteAsync(envelope, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogRoutingFailed(exception, envelope.Type, envelope.Id);
            result = new RouteResult(null, [$"routing: {exception.GetType().Name}: {exception.Message}"]);
        }

        if (envelope.Kind != EnvelopeKind.Event && !waiters.TryDeliver(envelope.Id, result.Reply))
            DeliverLateReply(envelope, result.Reply);

        inbox.Complete(envelope.Id, new EnvelopeOutcome(time.GetUtcNow(), result.Errors));
        if (result.Errors.Count > 0) LogProcessedWithErrors(envelope.Type, envelope.Id, result.Errors.Count);
        else LogProcessed(envelope.Type, envelope.Id);
    }

    /// <summary>The acknowledgement went out without the answer: send the answer to the command's response_url.</summary>
    private void DeliverLateReply(SlackEnvelope envelope, JsonObject? reply)
    {
        if (reply is null || envelope.Kind != EnvelopeKind.Command) return;
        using var document = JsonDocument.Parse(envelope.Payload);
        if (!document.RootElement.TryGetProperty("response_url", out var url) || url.GetString() is not { Length: > 0 } responseUrl) return;

        outbox.Enqueue(new OutboxMessage
        {
            Id = "reply:" + envelope.Id,
            Kind = OutboxKind.ResponseUrl,
            Payload = new JsonObject { ["url"] = responseUrl, ["message"] = reply }.ToJsonString(),
            CreatedAt = time.GetUtcNow(),
            NextAttemptAt = time.GetUtcNow(),
        });
    }

    private async Task PruneAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pruned = inbox.Prune(time.GetUtcNow() - DeduplicationWindow);
                if (pruned > 0) LogPruned(pruned);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPruneFailed(exception);
            }

            await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox lane {Lane} failed; retrying shortly")]
    private partial void LogLaneFailed(Exception exception, InboxLane lane);

    [LoggerMessage(Level = LogLevel.Error, Message = "Routing {Type} ({EnvelopeId}) failed")]
    private partial void LogRoutingFailed(Exception exception, string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Type} ({EnvelopeId}) processed with {ErrorCount} listener error(s); see the inbox record")]
    private partial void LogProcessedWithErrors(string type, string envelopeId, int errorCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Processed {Type} ({EnvelopeId})")]
    private partial void LogProcessed(string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Count} processed envelopes from the inbox")]
    private partial void LogPruned(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the inbox failed")]
    private partial void LogPruneFailed(Exception exception);
}
