namespace SlackBot.Slack.Outbound;

/// <summary>
/// What features use to say something. <see cref="Enqueue"/> joins an open storage transaction if the caller
/// has one (so the message commits with the state change), and wakes the sender.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the row (a no-op for an id already enqueued). Returns false for such a duplicate.</summary>
    bool Enqueue(OutboxMessage message);
}
