using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Processes the durable inbox in the order Slack's deliveries were acknowledged, per ordering key (the channel,
/// see <see cref="EnvelopeOrder"/>): envelopes of one key one at a time and in sequence, different keys side by
/// side on a few workers. So a command typed right after a message sees that message, and a command in one
/// channel never waits behind another channel's backlog. On start it first resumes whatever a previous run stored
/// but did not finish, in the same order. Processed envelopes are kept for a day so that late Slack retries are
/// still recognised.
/// </summary>
public sealed partial class InboxProcessor(
    IEnvelopeInbox inbox,
    InboxSignal signal,
    SlackRouter router,
    AckWaiters waiters,
    IOutbox outbox,
    IOptions<SlackDispatchOptions> options,
    TimeProvider time,
    ILogger<InboxProcessor> logger,
    SlackMetrics? metrics = null,
    InboxPace? pace = null) : BackgroundService
{
    private readonly SlackMetrics _metrics = metrics ?? SlackMetrics.Unregistered;
    private readonly InboxPace _pace = pace ?? new InboxPace();

    /// <summary>Slack retries for up to 2 hours by default, 24 hours with Delayed Events; keep ids a little longer.</summary>
    public static readonly TimeSpan DeduplicationWindow = TimeSpan.FromHours(25);

    private const int BatchSize = 64;

    /// <summary>How many envelopes are read ahead of the workers; the rest wait in the inbox.</summary>
    private const int MaxBacklog = 1024;

    /// <summary>
    /// A command with this many of its channel's envelopes ahead of it is acknowledged without waiting for its answer:
    /// at 1–2 ms each the answer is a fair part of a second away, and the request would only hold Slack's connection.
    /// </summary>
    private const int CommandDeferAhead = 64;

    private static readonly TimeSpan StorageRetryDelay = TimeSpan.FromSeconds(1);

    private readonly KeyedBacklog _backlog = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([
            ReadAsync(stoppingToken),
            .. Enumerable.Range(0, options.Value.InboxWorkers).Select(_ => WorkAsync(stoppingToken)),
            PruneAsync(stoppingToken),
        ]);

    /// <summary>Moves pending envelopes from the inbox into the backlog, oldest first, each exactly once per run.</summary>
    private async Task ReadAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        long lastRead = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var backlogChanged = _backlog.Changed;
                if (_backlog.Count >= MaxBacklog)
                {
                    _pace.BacklogFull();
                    await backlogChanged.WaitAsync(stoppingToken);
                    continue;
                }

                var wanted = Math.Min(BatchSize, MaxBacklog - _backlog.Count);
                var pending = inbox.ReadPending(lastRead, wanted);
                if (pending.Count < wanted) _pace.CaughtUp();
                if (pending.Count == 0)
                {
                    await signal.WaitAsync(stoppingToken);
                    continue;
                }

                foreach (var envelope in pending)
                {
                    var ahead = _backlog.Add(envelope);
                    if (ahead >= CommandDeferAhead && envelope.Envelope.Kind == EnvelopeKind.Command) waiters.TryDefer(envelope.Envelope.Id);
                    // A shared inbox may hand out older envelopes later (a key taken over from a replica that died).
                    lastRead = Math.Max(lastRead, envelope.Sequence);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage trouble: log, pause, try again; the envelopes are still in the inbox.
                LogReadFailed(exception);
                await Task.Delay(StorageRetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var backlogChanged = _backlog.Changed;
            if (!_backlog.TryTake(out var next))
            {
                await backlogChanged.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            try
            {
                await ProcessInTurnAsync(next.Envelope, stoppingToken);
            }
            finally
            {
                _backlog.Done(next);
            }
        }
    }

    /// <summary>Processes one envelope while its key waits; stopping mid-way leaves it pending, resumed in its place after the restart.</summary>
    private async Task ProcessInTurnAsync(SlackEnvelope envelope, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessAsync(envelope, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Not expected (listener failures are recorded, storage steps retried): keep the key's order and try again.
                LogProcessingFailed(exception, envelope.Type, envelope.Id);
                await Task.Delay(StorageRetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(SlackEnvelope envelope, CancellationToken stoppingToken)
    {
        // The span is current while the listeners run, so what they enqueue carries it to the outbox sender.
        using var activity = SlackActivities.StartProcessing(envelope);
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
            await WithStorageRetryAsync(() =>
            {
                DeliverLateReply(envelope, result.Reply);
                return ValueTask.CompletedTask;
            }, envelope, stoppingToken);

        var outcome = new EnvelopeOutcome(time.GetUtcNow(), result.Errors);
        // The key's next envelope must not run before this one is marked done, or a restart would run this one again after it.
        await WithStorageRetryAsync(() => inbox.CompleteAsync(envelope.Id, outcome, stoppingToken), envelope, stoppingToken);
        if (result.Errors.Count > 0) LogProcessedWithErrors(envelope.Type, envelope.Id, result.Errors.Count);
        else LogProcessed(envelope.Type, envelope.Id);
        _metrics.EventProcessed(envelope.Kind, result.Errors.Count == 0, time.GetUtcNow() - envelope.ReceivedAt);
        activity?.SetStatus(result.Errors.Count == 0 ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
    }

    /// <summary>
    /// Retries a storage step after the listeners ran, rather than running them again: their effects are done, only
    /// the bookkeeping is missing. Gives up only when the host stops; the envelope is then resumed after the restart.
    /// </summary>
    private async Task WithStorageRetryAsync(Func<ValueTask> step, SlackEnvelope envelope, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await step();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogStorageStepFailed(exception, envelope.Type, envelope.Id);
                await Task.Delay(StorageRetryDelay, time, stoppingToken);
            }
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the inbox failed; retrying shortly")]
    private partial void LogReadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the outcome of {Type} ({EnvelopeId}) failed; retrying shortly")]
    private partial void LogStorageStepFailed(Exception exception, string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {Type} ({EnvelopeId}) failed; trying again shortly")]
    private partial void LogProcessingFailed(Exception exception, string type, string envelopeId);

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
