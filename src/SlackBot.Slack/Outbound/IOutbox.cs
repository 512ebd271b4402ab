namespace SlackBot.Slack.Outbound;

/// <summary>
/// What features use to say something on its own: <see cref="Enqueue"/> stores the row in its own write and wakes the
/// sender. A message caused by a state change is added in the host's unit of work instead, so that both commit together.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the row (a no-op for an id already enqueued). Returns false for such a duplicate.</summary>
    bool Enqueue(OutboxMessage message);
}
