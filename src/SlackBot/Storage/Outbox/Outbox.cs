using SlackBot.Slack.Outbound;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Storage.Outbox;

/// <summary>
/// What features use to say something on its own: adds the row in its own write and wakes the sender. A message
/// that belongs to a state change goes through <see cref="IStorageTransaction.Enqueue"/> instead, so both commit together.
/// </summary>
public sealed class Outbox(IOutboxStore store, OutboxSignal signal, TimeProvider time) : IOutbox
{
    public bool Enqueue(OutboxMessage message)
    {
        var added = store.Add(Stamp(message, time.GetUtcNow()));
        if (added) signal.Notify();
        return added;
    }

    /// <summary>A new row is due now unless the caller said otherwise.</summary>
    public static OutboxMessage Stamp(OutboxMessage message, DateTimeOffset now) => message with
    {
        CreatedAt = message.CreatedAt == default ? now : message.CreatedAt,
        NextAttemptAt = message.NextAttemptAt == default ? now : message.NextAttemptAt,
        TraceParent = message.TraceParent ?? SlackActivities.CurrentTraceParent(),
    };
}
