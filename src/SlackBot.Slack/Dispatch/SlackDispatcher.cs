using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Dispatch;

public sealed class SlackDispatchOptions
{
    /// <summary>
    /// How long a receiver waits for a command's or modal's answer before acknowledging without it. Slack allows
    /// 3 s for the whole round trip; the rest is network and storage.
    /// </summary>
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many channels' envelopes the inbox processes at the same time (each channel's own in order). A few are
    /// enough: most of the work is short, and they keep one slow channel from holding up a command in another.
    /// </summary>
    public int InboxWorkers { get; set; } = 4;

    /// <summary>
    /// How long a delivery may wait to be stored before the receiver gives up and does not acknowledge it (HTTP 503;
    /// Socket Mode: no ack), so Slack delivers it again. A store that hangs (a full disk) must not hold requests forever.
    /// </summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// What a command's acknowledgement says when the inbox is behind (overall, or on the command's channel) and its
    /// answer follows later through the response_url (ephemeral); null acknowledges without a word.
    /// </summary>
    public string? DeferredCommandText { get; set; }
}

/// <summary>
/// The single entry point for both receivers. Drops the bot's own echoes, stores the envelope in the durable
/// inbox (which also rejects duplicates), and only then lets the receiver acknowledge Slack.
/// </summary>
public interface ISlackDispatcher
{
    Task<DispatchResult> DispatchAsync(SlackEnvelope envelope, CancellationToken cancellationToken);
}

public sealed partial class SlackDispatcher(
    IEnvelopeInbox inbox,
    InboxSignal signal,
    AckWaiters waiters,
    BotIdentityAccessor identity,
    IOptions<SlackDispatchOptions> options,
    TimeProvider time,
    ILogger<SlackDispatcher> logger,
    SlackMetrics? metrics = null,
    InboxPace? pace = null) : ISlackDispatcher
{
    private readonly SlackMetrics _metrics = metrics ?? SlackMetrics.Unregistered;
    private readonly InboxPace _pace = pace ?? new InboxPace();

    public async Task<DispatchResult> DispatchAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        _metrics.EventReceived(envelope.Kind, envelope.Transport);
        if (envelope.Kind == EnvelopeKind.Event && IsOwnEcho(envelope))
        {
            LogOwnEcho(envelope.Type, envelope.Id);
            return DispatchResult.OwnEcho;
        }

        // Commands and modal submissions can answer in the acknowledgement; register before storing so the
        // worker cannot finish before anyone listens.
        using var waiter = ExpectsAnswer(envelope) ? waiters.Register(envelope.Id) : null;

        // Real time, not the bot's clock: this bounds a disk, and tests that move the clock must not trip it.
        if (!await inbox.AppendAsync(envelope, cancellationToken).AsTask().WaitAsync(options.Value.StoreTimeout, cancellationToken))
        {
            LogDuplicate(envelope.Type, envelope.Id, envelope.RetryAttempt, envelope.RetryReason);
            _metrics.EventDeduplicated();
            return DispatchResult.Duplicate;
        }

        signal.Notify();
        if (waiter is null) return new DispatchResult(DispatchOutcome.Accepted);

        // While the reader is behind, waiting could only run out the budget; a modal still waits, as its answer may
        // be a validation error.
        if (envelope.Kind == EnvelopeKind.Command && _pace.IsBehind) return Deferred(envelope);
        var (answered, reply) = await waiter.WaitAsync(options.Value.AckBudget, time, cancellationToken);
        if (answered) return new DispatchResult(DispatchOutcome.Accepted, reply);
        if (waiter.Deferred) return Deferred(envelope);
        LogAnswerLate(envelope.Type, envelope.Id);
        return new DispatchResult(DispatchOutcome.Accepted);
    }

    /// <summary>Acknowledges now, with <see cref="SlackDispatchOptions.DeferredCommandText"/>; the worker answers through response_url.</summary>
    private DispatchResult Deferred(SlackEnvelope envelope)
    {
        LogDeferred(envelope.Type, envelope.Id);
        var text = options.Value.DeferredCommandText;
        return new DispatchResult(DispatchOutcome.Accepted,
            string.IsNullOrEmpty(text) ? null : new JsonObject { ["response_type"] = "ephemeral", ["text"] = text });
    }

    private bool IsOwnEcho(SlackEnvelope envelope)
    {
        if (identity.Current is not { } bot) return false;
        using var document = JsonDocument.Parse(envelope.Payload);
        return document.RootElement.TryGetProperty("event", out var innerEvent) && SelfEventFilter.IsOwnEcho(innerEvent, bot);
    }

    private static bool ExpectsAnswer(SlackEnvelope envelope) =>
        envelope.Kind == EnvelopeKind.Command ||
        (envelope.Kind == EnvelopeKind.Interaction && envelope.Type == "view_submission");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored the bot's own {Type} ({EnvelopeId})")]
    private partial void LogOwnEcho(string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate {Type} ({EnvelopeId}, retry {RetryAttempt} {RetryReason}) acknowledged and dropped")]
    private partial void LogDuplicate(string type, string envelopeId, int retryAttempt, string? retryReason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Type} ({EnvelopeId}) acknowledged at once: many deliveries are ahead of it, the answer follows separately")]
    private partial void LogDeferred(string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Type} ({EnvelopeId}) acknowledged before its answer was ready; the answer follows separately")]
    private partial void LogAnswerLate(string type, string envelopeId);
}
