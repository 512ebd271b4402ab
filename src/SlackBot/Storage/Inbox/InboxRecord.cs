using SlackBot.Slack.Inbound;

namespace SlackBot.Storage.Inbox;

public enum InboxStatus
{
    Pending,
    Processed,
    Failed,
}

/// <summary>An envelope as stored in the <c>inbox</c> collection; <see cref="Id"/> is the dedupe key.</summary>
public sealed record InboxRecord
{
    public string Id { get; init; } = "";
    /// <summary>Arrival order, kept across restarts: processing follows it within each <see cref="OrderingKey"/>.</summary>
    public long Sequence { get; init; }
    public EnvelopeKind Kind { get; init; }
    /// <summary>The channel (or person) whose envelopes are processed one after the other; see <see cref="EnvelopeOrder"/>.</summary>
    public string OrderingKey { get; init; } = "";
    public string Type { get; init; } = "";
    public string Payload { get; init; } = "";
    public string Transport { get; init; } = "";
    public int RetryAttempt { get; init; }
    public string? RetryReason { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public InboxStatus Status { get; init; }
    public DateTimeOffset? ProcessedAt { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    /// <summary>The receipt's W3C traceparent (<see cref="SlackEnvelope.TraceParent"/>); null when tracing was off.</summary>
    public string? TraceParent { get; init; }

    public static InboxRecord From(SlackEnvelope envelope, long sequence) => new()
    {
        Id = envelope.Id,
        Sequence = sequence,
        Kind = envelope.Kind,
        OrderingKey = envelope.OrderingKey,
        Type = envelope.Type,
        Payload = envelope.Payload,
        Transport = envelope.Transport,
        RetryAttempt = envelope.RetryAttempt,
        RetryReason = envelope.RetryReason,
        ReceivedAt = envelope.ReceivedAt,
        Status = InboxStatus.Pending,
        TraceParent = envelope.TraceParent,
    };

    public SlackEnvelope ToEnvelope() => new(Id, Kind, Type, Payload, ReceivedAt, Transport, RetryAttempt, RetryReason)
    {
        // Records stored before envelopes had keys (they were processed in two lanes) get theirs from the payload.
        OrderingKey = string.IsNullOrEmpty(OrderingKey) ? EnvelopeOrder.KeyFor(Kind, Payload) : OrderingKey,
        TraceParent = TraceParent,
    };
}
