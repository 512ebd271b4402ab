using Npgsql;
using SlackBot.Features.Findings;
using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Units of work on PostgreSQL: the work records writes (<see cref="PostgresTransaction"/>), then they are applied in
/// the order recorded in one database transaction, each document through the registered table of its type
/// (<see cref="IPostgresDocumentTable"/>) and each outbox row with <see cref="PostgresOutboxRows"/>. Only after the
/// commit are the local sender (<see cref="OutboxSignal"/>) and the finding observers told; the other replicas' senders
/// hear of new rows through <c>NOTIFY slackbot_outbox</c>, which PostgreSQL delivers only if the transaction commits.
/// </summary>
public sealed class PostgresUnitOfWork : IUnitOfWork
{
    /// <summary>The channel the outbox senders of every replica LISTEN on (the outbox store's).</summary>
    public const string OutboxChannel = PostgresOutboxStore.NotifyChannel;

    private readonly PostgresDatabase _database;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly Dictionary<Type, IPostgresDocumentTable> _tables;
    private readonly IFindingObserver[] _findingObservers;

    public PostgresUnitOfWork(
        PostgresDatabase database,
        OutboxSignal signal,
        TimeProvider time,
        IEnumerable<IPostgresDocumentTable> tables,
        IEnumerable<IFindingObserver> findingObservers)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(findingObservers);
        _database = database;
        _signal = signal;
        _time = time;
        // One table per type; the last registered wins, as with any other service.
        _tables = tables.GroupBy(table => table.DocumentType).ToDictionary(group => group.Key, group => group.Last());
        _findingObservers = findingObservers.ToArray();
    }

    public async Task CommitAsync(Action<IStorageTransaction> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var recorded = new PostgresTransaction(_time);
        try
        {
            work(recorded);
        }
        finally
        {
            recorded.Close();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (recorded.Writes.Count == 0) return;
        // Every document's table is known before anything is written: an unknown type fails the commit up front.
        var writes = recorded.Writes.Select(write => (write, write.Document is { } document ? TableFor(document.GetType()) : null)).ToList();

        var (rowAdded, findings) = await ApplyAsync(writes, cancellationToken);

        // After the commit: the sender must not look for the row before it is there.
        if (rowAdded) _signal.Notify();
        // Copies of the findings (the search index) follow only what committed.
        foreach (var finding in findings)
            foreach (var observer in _findingObservers) observer.Saved(finding);
    }

    private async Task<(bool RowAdded, List<Finding> Findings)> ApplyAsync(List<(RecordedWrite Write, IPostgresDocumentTable? Table)> writes, CancellationToken cancellationToken)
    {
        var rowAdded = false;
        var findings = new List<Finding>();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (write, table) in writes)
        {
            if (write.Row is { } row)
            {
                rowAdded |= await PostgresOutboxRows.AddAsync(connection, transaction, row, cancellationToken);
            }
            else if (await table!.SaveAsync(connection, transaction, write.Document!, cancellationToken) && write.Document is Finding finding)
            {
                // False for a withdrawn finding: not written, so no observer hears of it.
                findings.Add(finding);
            }
        }

        if (rowAdded)
        {
            await using var notify = new NpgsqlCommand($"SELECT pg_notify('{OutboxChannel}', '')", connection, transaction);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        // Past this point the writes stand: a cancellation now would report a failure for a committed change.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return (rowAdded, findings);
    }

    private IPostgresDocumentTable TableFor(Type documentType) =>
        _tables.TryGetValue(documentType, out var table)
            ? table
            : throw new ArgumentException($"No store keeps documents of type {documentType.Name}; see docs/storage-contract.md.", nameof(documentType));
}
