using System.Threading.Channels;
using LiteDB;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Storage.Inbox;

/// <summary>
/// The durable inbox on LiteDB. Appends go through one writer that commits whatever has queued up in a
/// single transaction and then syncs the file once (group commit): a burst of events costs one disk sync,
/// not one per event, and every caller's task completes only after its envelope is on disk.
/// </summary>
public sealed partial class LiteDbInbox : IEnvelopeInbox, IInboxRecords, IAsyncDisposable
{
    public const string CollectionName = "inbox";

    /// <summary>How many queued appends one commit takes at most.</summary>
    private const int MaxGroupSize = 256;

    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<InboxRecord> _records;
    private readonly ILogger<LiteDbInbox> _logger;
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _lastSequence;

    public LiteDbInbox(LiteDbDatabase database, ILogger<LiteDbInbox> logger)
    {
        _database = database;
        _logger = logger;
        _records = database.Collection<InboxRecord>(CollectionName);
        _records.EnsureIndex(record => record.Status);
        _records.EnsureIndex(record => record.ReceivedAt);
        _records.EnsureIndex(record => record.Sequence);
        // One process keeps each key's order in memory; the key index serves per-key reads (PendingFor) and is what a
        // store shared by several processes would claim a key's envelopes by.
        _records.EnsureIndex(record => record.OrderingKey);
        _lastSequence = _records.Count() == 0 ? 0 : _records.Max(record => record.Sequence);
        _writer = Task.Run(WriteGroupsAsync);
    }

    public ValueTask<bool> AppendAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(envelope, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(LiteDbInbox), "The inbox is shutting down.");
        // The caller may stop waiting, but the append itself is not abandoned half-way.
        return new ValueTask<bool>(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    public IReadOnlyList<PendingEnvelope> ReadPending(long afterSequence, int max) =>
        _records.Query()
            .Where(record => record.Sequence > afterSequence && record.Status == InboxStatus.Pending)
            .OrderBy(record => record.Sequence)
            .Limit(max)
            .ToList()
            .Select(record => new PendingEnvelope(record.Sequence, record.ToEnvelope()))
            .ToList();

    /// <summary>The envelopes of one ordering key that are not processed yet, oldest first, for diagnostics and tests.</summary>
    public IReadOnlyList<InboxRecord> PendingFor(string orderingKey) =>
        _records.Query()
            .Where(record => record.OrderingKey == orderingKey && record.Status == InboxStatus.Pending)
            .OrderBy(record => record.Sequence)
            .ToList();

    public void Complete(string envelopeId, EnvelopeOutcome outcome)
    {
        var record = _records.FindById(envelopeId);
        if (record is null) return;
        _records.Update(record with
        {
            Status = outcome.Succeeded ? InboxStatus.Processed : InboxStatus.Failed,
            ProcessedAt = outcome.ProcessedAt,
            Errors = outcome.Errors,
        });
    }

    public int Prune(DateTimeOffset receivedBefore) =>
        _records.DeleteMany(record => record.Status != InboxStatus.Pending && record.ReceivedAt < receivedBefore);

    /// <summary>The stored record, for diagnostics and tests.</summary>
    public InboxRecord? Find(string envelopeId) => _records.FindById(envelopeId);

    public IReadOnlyList<InboxRecord> All() => _records.Query().OrderBy(record => record.Sequence).ToList();

    private async Task WriteGroupsAsync()
    {
        var group = new List<PendingAppend>(MaxGroupSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroupSize && _queue.Reader.TryRead(out var next)) group.Add(next);
            if (group.Count == 0) continue;

            try
            {
                var results = _database.InTransaction(() => group.Select(pending => Insert(pending.Envelope)).ToList());
                _database.FlushToDisk();
                for (var i = 0; i < group.Count; i++) group[i].Completion.TrySetResult(results[i]);
                LogGroupCommitted(group.Count);
            }
            catch (Exception exception)
            {
                LogGroupFailed(exception, group.Count);
                foreach (var pending in group) pending.Completion.TrySetException(exception);
            }
        }
    }

    /// <summary>Inserts unless the id is already stored (in an earlier commit or earlier in this group).</summary>
    private bool Insert(SlackEnvelope envelope)
    {
        if (_records.FindById(envelope.Id) is not null) return false;
        _records.Insert(InboxRecord.From(envelope, ++_lastSequence));
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private sealed record PendingAppend(SlackEnvelope Envelope, TaskCompletionSource<bool> Completion);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Inbox group commit of {Count} envelope(s)")]
    private partial void LogGroupCommitted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox group commit of {Count} envelope(s) failed; none were acknowledged")]
    private partial void LogGroupFailed(Exception exception, int count);
}
