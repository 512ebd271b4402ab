using SlackBot.Slack.Dispatch;
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
    /// <summary>Arrival order, kept across restarts: processing follows it.</summary>
    public long Sequence { get; init; }
    public EnvelopeKind Kind { get; init; }
    public InboxLane Lane { get; init; }
    public string Type { get; init; } = "";
    public string Payload { get; init; } = "";
    public string Transport { get; init; } = "";
    public int RetryAttempt { get; init; }
    public string? RetryReason { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public InboxStatus Status { get; init; }
    public DateTimeOffset? ProcessedAt { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];

    public static InboxRecord From(SlackEnvelope envelope, long sequence) => new()
    {
        Id = envelope.Id,
        Sequence = sequence,
        Kind = envelope.Kind,
        Lane = envelope.Kind == EnvelopeKind.Event ? InboxLane.Events : InboxLane.Interactive,
        Type = envelope.Type,
        Payload = envelope.Payload,
        Transport = envelope.Transport,
        RetryAttempt = envelope.RetryAttempt,
        RetryReason = envelope.RetryReason,
        ReceivedAt = envelope.ReceivedAt,
        Status = InboxStatus.Pending,
    };

    public SlackEnvelope ToEnvelope() => new(Id, Kind, Type, Payload, ReceivedAt, Transport, RetryAttempt, RetryReason);
}
