namespace SlackBot.Slack.Inbound;

/// <summary>What Slack delivered: an Events API callback, a slash command or an interaction.</summary>
public enum EnvelopeKind
{
    Event,
    Command,
    Interaction,
}

/// <summary>
/// One delivery from Slack, translated by a receiver (HTTP or Socket Mode) into a transport-neutral shape.
/// <see cref="Payload"/> is JSON in the Socket Mode shape: the <c>event_callback</c> body for events, the
/// command's form fields as a JSON object for commands, the interaction payload for interactions.
/// </summary>
/// <param name="Id">
/// The deduplication key: <c>ev:{event_id}</c> for events (retries repeat it), <c>cmd:</c>/<c>ia:</c> plus the
/// trigger id or a receiver-chosen unique id otherwise.
/// </param>
/// <param name="Type">The inner event type, the command name or the interaction type, for routing and logs.</param>
/// <param name="RetryAttempt">0 for a first delivery; HTTP <c>X-Slack-Retry-Num</c> or Socket Mode <c>retry_attempt</c>.</param>
public sealed record SlackEnvelope(
    string Id,
    EnvelopeKind Kind,
    string Type,
    string Payload,
    DateTimeOffset ReceivedAt,
    string Transport,
    int RetryAttempt = 0,
    string? RetryReason = null)
{
    /// <summary>
    /// Which envelopes this one must wait for: those with the same key that were acknowledged before it
    /// (see <see cref="EnvelopeOrder"/>). The parser sets it; an envelope built without one waits for everything.
    /// </summary>
    public string OrderingKey { get; init; } = EnvelopeOrder.Global;

    /// <summary>
    /// The W3C <c>traceparent</c> of the span that received this delivery, when tracing is on; stored with the envelope
    /// so that its processing joins the same trace, even after a restart.
    /// </summary>
    public string? TraceParent { get; init; }
}
