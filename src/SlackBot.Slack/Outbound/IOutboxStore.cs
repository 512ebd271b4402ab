namespace SlackBot.Slack.Outbound;

/// <summary>
/// Storage seam of the outbox. The host also adds rows in its unit of work, in the same transaction as the state change
/// that causes them; the contract every implementation keeps is in the host's <c>docs/storage-contract.md</c>.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds a row unless a row with the same id exists. Returns false for such a duplicate.</summary>
    bool Add(OutboxMessage message);

    OutboxMessage? Find(string id);

    /// <summary>Pending rows whose next attempt is due, in the order they were enqueued.</summary>
    IReadOnlyList<OutboxMessage> ReadDue(DateTimeOffset now, int max);

    /// <summary>The earliest next attempt among pending rows, if any.</summary>
    DateTimeOffset? NextAttemptAt();

    void Update(OutboxMessage message);

    /// <summary>Rows that are parked, newest first (for operators and tests).</summary>
    IReadOnlyList<OutboxMessage> ReadParked(int max);
}
