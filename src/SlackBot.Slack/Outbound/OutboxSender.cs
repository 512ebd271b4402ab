using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Api;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Outbound;

/// <summary>
/// The one worker that sends outbox rows to Slack, in the order they were written. A failed send backs off and
/// retries; a send that Slack may have processed (a timeout, a 5xx) is checked before it is repeated, by looking
/// for the row's id in the metadata of recent messages; a permanent Slack error parks the row.
/// </summary>
public sealed partial class OutboxSender(
    IOutboxStore store,
    OutboxSignal signal,
    ISlackApi slack,
    IEnumerable<IOutboxObserver> observers,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger,
    SlackMetrics? metrics = null) : BackgroundService
{
    private readonly SlackMetrics _metrics = metrics ?? SlackMetrics.Unregistered;

    /// <summary>The metadata event type stamped on every message the outbox posts.</summary>
    public const string MetadataEventType = "slackbot_outbox";

    private const int BatchSize = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = store.ReadDue(time.GetUtcNow(), BatchSize);
                if (due.Count == 0)
                {
                    await signal.WaitAsync(UntilNextAttempt(), time, stoppingToken);
                    continue;
                }

                // Within one pass, a channel whose row failed sends nothing more, so its messages keep their order.
                var stalled = new HashSet<string>(StringComparer.Ordinal);
                foreach (var message in due)
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    if (message.Channel is { } channel && stalled.Contains(channel)) continue;
                    var sent = await SendAsync(message, stoppingToken);
                    if (!sent && message.Channel is { } failedChannel) stalled.Add(failedChannel);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(exception);
                await Task.Delay(options.Value.FirstRetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private TimeSpan UntilNextAttempt()
    {
        var poll = options.Value.PollInterval;
        if (store.NextAttemptAt() is not { } next) return poll;
        var wait = next - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < poll ? wait : poll;
    }

    /// <summary>Sends one row and records the outcome. True when the row left the pending state as sent.</summary>
    internal async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = SlackActivities.StartOutboxSend(message);
        var sent = await SendOnceAsync(message, cancellationToken);
        activity?.SetStatus(sent ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        return sent;
    }

    private async Task<bool> SendOnceAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (message.NeedsVerification && message.Kind == OutboxKind.PostMessage &&
                await FindPostedAsync(message, cancellationToken) is { } existingTs)
            {
                LogFoundAfterAmbiguousFailure(message.Id, existingTs);
                await CompleteAsync(message with { Status = OutboxStatus.Sent, ResultTs = existingTs, ResultChannel = message.Channel, SentAt = time.GetUtcNow(), NeedsVerification = false, LastError = null });
                return true;
            }

            // Write-ahead: if the process dies while the post is in flight, the next attempt looks before re-posting.
            if (message.Kind == OutboxKind.PostMessage && !message.NeedsVerification)
                store.Update(message with { NeedsVerification = true });

            var (ts, channel) = await DeliverAsync(message, cancellationToken);
            await CompleteAsync(message with { Status = OutboxStatus.Sent, ResultTs = ts, ResultChannel = channel ?? message.Channel, SentAt = time.GetUtcNow(), Attempts = message.Attempts + 1, NeedsVerification = false, LastError = null });
            LogSent(message.Kind, message.Id);
            return true;
        }
        catch (SlackRateLimitedException exception)
        {
            await RetryAsync(message, exception.Error, exception.RetryAfter, message.NeedsVerification);
        }
        catch (SlackApiException exception) when (message.Kind == OutboxKind.AddReaction && exception.Error == "already_reacted")
        {
            await CompleteAsync(message with { Status = OutboxStatus.Sent, SentAt = time.GetUtcNow(), Attempts = message.Attempts + 1 });
            return true;
        }
        catch (SlackApiException exception) when (SlackErrors.IsTransient(exception.Error))
        {
            await RetryAsync(message, exception.Error, null, message.NeedsVerification);
        }
        catch (SlackApiException exception)
        {
            await ParkAsync(message, exception.Error);
        }
        catch (SlackTransportException exception)
        {
            await RetryAsync(message, exception.StatusCode is { } status ? $"http_{status}" : "transport_error", null,
                message.NeedsVerification || exception.MayHaveBeenProcessed);
        }
        catch (JsonException)
        {
            await ParkAsync(message, "invalid_payload");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnexpected(exception, message.Id);
            await RetryAsync(message, exception.GetType().Name, null, message.NeedsVerification);
        }

        return false;
    }

    /// <summary>Performs the row's Slack call; returns the ts and channel of the message it produced, if any.</summary>
    private async Task<(string? Ts, string? Channel)> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        switch (message.Kind)
        {
            case OutboxKind.PostMessage:
                var post = Read<PostMessageRequest>(message);
                post = post with { Metadata = post.Metadata ?? new MessageMetadata(MetadataEventType, new JsonObject { ["outbox_id"] = message.Id }) };
                var posted = await slack.PostMessageAsync(post, ct);
                return (posted.Ts, posted.Channel);

            case OutboxKind.PostEphemeral:
                return ((await slack.PostEphemeralAsync(Read<PostEphemeralRequest>(message), ct)).MessageTs, null);

            case OutboxKind.UpdateMessage:
                var updated = await slack.UpdateMessageAsync(Read<UpdateMessageRequest>(message), ct);
                return (updated.Ts, updated.Channel);

            case OutboxKind.AddReaction:
                var reaction = JsonNode.Parse(message.Payload)!.AsObject();
                await slack.AddReactionAsync(Required(reaction, "channel"), Required(reaction, "timestamp"), Required(reaction, "name"), ct);
                return (null, null);

            case OutboxKind.PublishView:
                var publish = JsonNode.Parse(message.Payload)!.AsObject();
                await slack.PublishViewAsync(Required(publish, "user_id"), publish["view"]!.AsObject(), publish["hash"]?.GetValue<string>(), ct);
                return (null, null);

            case OutboxKind.ResponseUrl:
                var response = JsonNode.Parse(message.Payload)!.AsObject();
                await slack.PostToResponseUrlAsync(new Uri(Required(response, "url")), response["message"]!.AsObject(), ct);
                return (null, null);

            default:
                throw new JsonException($"Unknown outbox kind {message.Kind}.");
        }
    }

    /// <summary>
    /// After a failure Slack may nevertheless have processed, looks for the message carrying this row's id in
    /// its metadata (posted after the row was written) before posting again.
    /// </summary>
    private async Task<string?> FindPostedAsync(OutboxMessage message, CancellationToken ct)
    {
        var post = Read<PostMessageRequest>(message);
        var oldest = (message.CreatedAt - TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds() / 1000.0;
        var oldestTs = oldest.ToString("F6", CultureInfo.InvariantCulture);
        var messages = post.ThreadTs is { } threadTs
            ? slack.ReadAllRepliesAsync(new RepliesRequest { Channel = post.Channel, Ts = threadTs, Oldest = oldestTs, IncludeAllMetadata = true }, ct)
            : slack.ReadAllHistoryAsync(new HistoryRequest { Channel = post.Channel, Oldest = oldestTs, IncludeAllMetadata = true }, ct);

        await foreach (var candidate in messages)
        {
            if (candidate.Metadata is { EventType: MetadataEventType } metadata &&
                metadata.EventPayload["outbox_id"]?.GetValue<string>() == message.Id)
                return candidate.Ts;
        }

        return null;
    }

    private async Task RetryAsync(OutboxMessage message, string error, TimeSpan? retryAfter, bool needsVerification)
    {
        var attempts = message.Attempts + 1;
        if (attempts >= options.Value.MaxAttempts)
        {
            await ParkAsync(message with { Attempts = attempts }, error);
            return;
        }

        var delay = retryAfter ?? Backoff(attempts);
        store.Update(message with
        {
            Attempts = attempts,
            LastError = error,
            NeedsVerification = needsVerification,
            NextAttemptAt = time.GetUtcNow() + delay,
        });
        LogRetrying(message.Kind, message.Id, error, attempts, delay);
    }

    private async Task ParkAsync(OutboxMessage message, string error)
    {
        await CompleteAsync(message with { Status = OutboxStatus.Parked, LastError = error });
        _metrics.OutboxParked();
        Activity.Current?.SetTag("slack.outbox.parked", error);
        LogParked(message.Kind, message.Id, message.Channel, error);
    }

    private async Task CompleteAsync(OutboxMessage message)
    {
        store.Update(message);
        if (message.Status == OutboxStatus.Sent) _metrics.OutboxSent();
        foreach (var observer in observers)
        {
            try
            {
                // Not cancelled by shutdown: the row's final state is stored, and nothing calls the observer again.
                await observer.OnCompletedAsync(message, CancellationToken.None);
            }
            catch (Exception exception)
            {
                LogObserverFailed(exception, observer.GetType().Name, message.Id);
            }
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var first = options.Value.FirstRetryDelay;
        var exponential = first * Math.Pow(2, Math.Min(attempts - 1, 16));
        // A little jitter so that rows failing together do not retry in lockstep.
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return jittered < options.Value.MaxRetryDelay ? jittered : options.Value.MaxRetryDelay;
    }

    private static T Read<T>(OutboxMessage message) =>
        JsonSerializer.Deserialize<T>(message.Payload, SlackJson.Options) ?? throw new JsonException($"Outbox row {message.Id} has an empty payload.");

    private static string Required(JsonObject payload, string name) =>
        payload[name]?.GetValue<string>() is { Length: > 0 } value ? value : throw new JsonException($"The outbox payload lacks {name}.");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent {Kind} {Id}")]
    private partial void LogSent(OutboxKind kind, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id} was already posted as {Ts} before an ambiguous failure; not posting it again")]
    private partial void LogFoundAfterAmbiguousFailure(string id, string ts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Id} failed ({Error}), attempt {Attempts}; retrying in {Delay}")]
    private partial void LogRetrying(OutboxKind kind, string id, string error, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} {Id} to {Channel} parked after Slack error {Error}; it will not be retried")]
    private partial void LogParked(OutboxKind kind, string id, string? channel, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure sending outbox row {Id}")]
    private partial void LogUnexpected(Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox observer {Observer} failed for {Id}")]
    private partial void LogObserverFailed(Exception exception, string observer, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception exception);
}
