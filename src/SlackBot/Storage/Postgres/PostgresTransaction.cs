using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// The writes of one unit of work on PostgreSQL, recorded in order; <see cref="PostgresUnitOfWork"/> applies them in one
/// database transaction after the work has returned. Recording reads and writes nothing.
/// </summary>
internal sealed class PostgresTransaction(TimeProvider time) : IStorageTransaction
{
    private readonly List<RecordedWrite> _writes = [];
    private bool _closed;

    /// <summary>Documents to upsert and outbox rows to add, in the order recorded.</summary>
    public IReadOnlyList<RecordedWrite> Writes => _writes;

    public void Save<TDocument>(TDocument document) where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(document);
        Record(new RecordedWrite(document, null));
    }

    public void Enqueue(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(new RecordedWrite(null, Outbox.Outbox.Stamp(message, time.GetUtcNow())));
    }

    /// <summary>No more writes: called once the work has returned, before they are applied.</summary>
    public void Close() => _closed = true;

    private void Record(RecordedWrite write)
    {
        // A write recorded after the commit (e.g. from a continuation the work started) would silently be lost.
        if (_closed) throw new InvalidOperationException("This unit of work has already been committed; start another one.");
        _writes.Add(write);
    }
}

/// <summary>One recorded write: a document to upsert, or an outbox row to add.</summary>
internal sealed record RecordedWrite(object? Document, OutboxMessage? Row);
