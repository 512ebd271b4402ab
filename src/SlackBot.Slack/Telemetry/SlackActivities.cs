using System.Diagnostics;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;

namespace SlackBot.Slack.Telemetry;

/// <summary>
/// The bot's spans, on the ActivitySource <see cref="SlackMetrics.MeterName"/>: a delivery's receipt, its processing
/// from the inbox, and each outbox send. The later two run in other tasks, maybe after a restart, so the parent
/// travels with the stored row as a W3C <c>traceparent</c>; one trace then shows receipt → processing → post. Nothing
/// is created, and no traceparent stored, unless someone listens.
/// </summary>
public static class SlackActivities
{
    public static ActivitySource Source { get; } = new(SlackMetrics.MeterName);

    /// <summary>The receipt of one HTTP request or Socket Mode envelope, up to its acknowledgement.</summary>
    public static Activity? StartReceipt(string transport) =>
        Source.HasListeners()
            ? Source.StartActivity("slack.receive", transport == SlackEnvelopeParser.SocketTransport ? ActivityKind.Consumer : ActivityKind.Internal)
                ?.SetTag("slack.transport", transport)
            : null;

    /// <summary>Tags the receipt with what it turned out to be and returns the envelope carrying its traceparent.</summary>
    public static SlackEnvelope Carry(Activity? receipt, SlackEnvelope envelope)
    {
        if (receipt is null) return envelope;
        receipt.SetTag("slack.envelope.kind", envelope.Kind.ToString());
        receipt.SetTag("slack.envelope.type", envelope.Type);
        receipt.SetTag("slack.envelope.id", envelope.Id);
        if (envelope.RetryAttempt > 0) receipt.SetTag("slack.retry_attempt", envelope.RetryAttempt);
        return envelope with { TraceParent = receipt.Id };
    }

    /// <summary>Routing an envelope through its listeners, parented to its receipt.</summary>
    public static Activity? StartProcessing(SlackEnvelope envelope)
    {
        if (!Source.HasListeners()) return null;
        var activity = Source.StartActivity("slack.process", ActivityKind.Consumer, ParentOf(envelope.TraceParent));
        activity?.SetTag("slack.envelope.kind", envelope.Kind.ToString());
        activity?.SetTag("slack.envelope.type", envelope.Type);
        activity?.SetTag("slack.envelope.id", envelope.Id);
        return activity;
    }

    /// <summary>One attempt at sending an outbox row, parented to the processing that enqueued it.</summary>
    public static Activity? StartOutboxSend(OutboxMessage message)
    {
        if (!Source.HasListeners()) return null;
        var activity = Source.StartActivity("slack.outbox.send", ActivityKind.Producer, ParentOf(message.TraceParent));
        activity?.SetTag("slack.outbox.kind", message.Kind.ToString());
        activity?.SetTag("slack.outbox.id", message.Id);
        activity?.SetTag("slack.outbox.attempt", message.Attempts + 1);
        return activity;
    }

    /// <summary>The traceparent a row written now should carry: the current span's, when it is one of ours.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { } current && current.Source == Source ? current.Id : null;

    // An unreadable or missing traceparent starts a new trace rather than failing the work.
    private static ActivityContext ParentOf(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent) ? parent : default;
}
