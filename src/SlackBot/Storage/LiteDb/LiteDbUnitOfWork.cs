using SlackBot.Features.Findings;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Outbox;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Units of work on LiteDB. The work only records writes, and they are applied afterwards in one synchronous
/// transaction: LiteDB binds a transaction to its thread, so no await may happen inside it, and buffering keeps the
/// same shape a server database needs (one async transaction at commit).
/// </summary>
public sealed class LiteDbUnitOfWork(
    LiteDbDatabase database,
    LiteDbOutboxStore outbox,
    OutboxSignal signal,
    TimeProvider time,
    IEnumerable<IFindingObserver>? findingObservers = null) : IUnitOfWork
{
    private readonly IFindingObserver[] _findingObservers = findingObservers?.ToArray() ?? [];

    public Task CommitAsync(Action<IStorageTransaction> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var transaction = new LiteDbTransaction(database, outbox, time);
            work(transaction);
            cancellationToken.ThrowIfCancellationRequested();
            // After the commit: the sender must not look for the row before it is there.
            if (transaction.Apply()) signal.Notify();
            // Copies of the findings (the search index) follow only what committed.
            foreach (var finding in transaction.SavedFindings)
                foreach (var observer in _findingObservers) observer.Saved(finding);
            return Task.CompletedTask;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }
}
