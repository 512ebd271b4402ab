using SlackBot.Features.Findings;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Outbox;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// The writes of one unit of work on LiteDB, buffered as they are recorded and applied in one synchronous LiteDB
/// transaction by <see cref="Apply"/>: no caller code runs (and nothing awaits) while the transaction is open.
/// </summary>
internal sealed class LiteDbTransaction(LiteDbDatabase database, LiteDbOutboxStore outbox, TimeProvider time) : IStorageTransaction
{
    /// <summary>Each write returns true when it added an outbox row.</summary>
    private readonly List<Func<bool>> _writes = [];
    private readonly List<Finding> _findings = [];
    private bool _applied;

    public void Save<TDocument>(TDocument document) where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document is Finding finding)
        {
            // Checked when applied, inside the transaction: a withdrawal committed meanwhile still wins.
            Record(() =>
            {
                if (LiteDbFindingWrites.TryUpsert(database, finding)) _findings.Add(finding);
                return false;
            });
            return;
        }

        Record(() =>
        {
            database.Collection<TDocument>(LiteDbCollections.For(typeof(TDocument))).Upsert(document);
            return false;
        });
    }

    /// <summary>
    /// The findings this unit of work wrote (withdrawn ids left out), in the order recorded: observers hear of them
    /// after the commit. Filled in by <see cref="Apply"/>.
    /// </summary>
    public IReadOnlyList<Finding> SavedFindings => _findings;

    public void Enqueue(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = Outbox.Outbox.Stamp(message, time.GetUtcNow());
        Record(() => outbox.Add(row));
    }

    /// <summary>Applies every recorded write in one transaction; true when an outbox row was added.</summary>
    public bool Apply()
    {
        _applied = true;
        if (_writes.Count == 0) return false;
        return database.InTransaction(() =>
        {
            var added = false;
            foreach (var write in _writes) added |= write();
            return added;
        });
    }

    private void Record(Func<bool> write)
    {
        // A write recorded after the commit (e.g. from a continuation the work started) would silently be lost.
        if (_applied) throw new InvalidOperationException("This unit of work has already been committed; start another one.");
        _writes.Add(write);
    }
}
