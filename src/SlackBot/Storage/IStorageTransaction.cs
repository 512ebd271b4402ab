using SlackBot.Slack.Outbound;

namespace SlackBot.Storage;

/// <summary>
/// The writes of one unit of work, recorded in order and applied together at commit (see <see cref="IUnitOfWork"/>).
/// Recording reads nothing and writes nothing yet: read what the change depends on before the unit of work.
/// </summary>
public interface IStorageTransaction
{
    /// <summary>
    /// Upserts a document by its natural key (<c>Id</c>) in the collection its store keeps it in; which document types a
    /// unit of work can save is listed in <c>docs/storage-contract.md</c>. Another type fails the commit.
    /// </summary>
    void Save<TDocument>(TDocument document) where TDocument : class;

    /// <summary>
    /// Adds an outbox row with the state change (a no-op at commit when a row with the same id exists). Stamps
    /// <see cref="OutboxMessage.CreatedAt"/> and <see cref="OutboxMessage.NextAttemptAt"/> with now when they are unset.
    /// </summary>
    void Enqueue(OutboxMessage message);
}
