using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Outbox;

/// <summary>
/// What features use to say something: adds the row inside the caller's transaction (if any) and wakes the
/// sender once that transaction has committed.
/// </summary>
public sealed class Outbox(IOutboxStore store, OutboxSignal signal, TimeProvider time) : IOutbox
{
    public bool Enqueue(OutboxMessage message)
    {
        var now = time.GetUtcNow();
        var added = store.Add(message with
        {
            CreatedAt = message.CreatedAt == default ? now : message.CreatedAt,
            NextAttemptAt = message.NextAttemptAt == default ? now : message.NextAttemptAt,
        });
        if (added) Database.AfterCommit(signal.Notify);
        return added;
    }
}
