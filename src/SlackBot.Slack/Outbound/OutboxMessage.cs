namespace SlackBot.Slack.Outbound;

/// <summary>What an outbox row asks Slack to do.</summary>
public enum OutboxKind
{
    /// <summary><c>chat.postMessage</c>; payload is a PostMessageRequest.</summary>
    PostMessage,
    /// <summary><c>chat.postEphemeral</c>; payload is a PostEphemeralRequest.</summary>
    PostEphemeral,
    /// <summary><c>chat.update</c>; payload is an UpdateMessageRequest.</summary>
    UpdateMessage,
    /// <summary><c>reactions.add</c>; payload is <c>{channel, timestamp, name}</c>.</summary>
    AddReaction,
    /// <summary><c>views.publish</c>; payload is <c>{user_id, view}</c>.</summary>
    PublishView,
    /// <summary>A POST to a slash command's or interaction's <c>response_url</c>; payload is <c>{url, message}</c>.</summary>
    ResponseUrl,
}

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Failed for good (e.g. <c>channel_not_found</c>); kept with its error for people to look at, never retried.</summary>
    Parked,
}

/// <summary>
/// One thing the bot will say, written in the same transaction as the state change that caused it and sent
/// later by the outbox sender. <see cref="Id"/> is the idempotency key: enqueuing the same id twice is a no-op,
/// and for posts it is stamped into the message metadata so that a send that may have reached Slack can be
/// found again instead of being posted twice.
/// </summary>
public sealed record OutboxMessage
{
    public string Id { get; init; } = "";
    public OutboxKind Kind { get; init; }
    /// <summary>The channel (or user, for views) the row talks to; pacing and ordering are per channel.</summary>
    public string? Channel { get; init; }
    /// <summary>The request as JSON, in Slack's wire names.</summary>
    public string Payload { get; init; } = "{}";
    /// <summary>Set by the feature that enqueued the row (e.g. <c>question:42</c>) so it can learn the outcome.</summary>
    public string? Correlation { get; init; }
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    /// <summary>True after a failure that Slack may nevertheless have processed: look before re-sending.</summary>
    public bool NeedsVerification { get; init; }
    public string? LastError { get; init; }
    /// <summary>The Slack <c>ts</c> of the message this row produced.</summary>
    public string? ResultTs { get; init; }
    /// <summary>The channel Slack put the message in (a <c>D…</c> id when a post was addressed to a user).</summary>
    public string? ResultChannel { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>
    /// The W3C <c>traceparent</c> of the span that enqueued the row (the envelope's processing), when tracing is on: the
    /// send joins that trace. Stamped by the outbox; null otherwise.
    /// </summary>
    public string? TraceParent { get; init; }
}
