using System.Threading.Channels;
using LiteDB;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Storage.Inbox;

/// <summary>
/// The durable inbox on LiteDB. Appends and outcomes go through one writer that commits whatever has queued up in a
/// single transaction (group commit): a burst of events costs one transaction and one disk sync, not one per event, and
/// the processor's outcomes ride in the same transactions instead of taking the collection's lock once per event.
/// An append's task completes only after its envelope is on disk; an outcome's as soon as it is committed (it needs no
/// sync of its own: losing it in a crash only means processing the envelope again, and the next sync covers it).
/// The disk sync runs on a flusher of its own, so the writer commits the next group (and releases its outcomes) while
/// the previous group's sync is under way; one sync covers every group committed before it started.
/// </summary>
public sealed partial class LiteDbInbox : IEnvelopeInbox, IInboxRecords, IAsyncDisposable
{
    public const string CollectionName = "inbox";

    /// <summary>How many queued appends one commit takes at most.</summary>
    private const int MaxGroupSize = 256;

    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<InboxRecord> _records;
    private readonly ILogger<LiteDbInbox> _logger;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<List<PendingAppend>> _unsynced = Channel.CreateUnbounded<List<PendingAppend>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Task _writer;
    private readonly Task _flusher;
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
        _flusher = Task.Run(FlushAsync);
    }

    public ValueTask<bool> AppendAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(envelope);
        Enqueue(pending);
        // The caller may stop waiting, but the append itself is not abandoned half-way.
        return new ValueTask<bool>(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    public ValueTask CompleteAsync(string envelopeId, EnvelopeOutcome outcome, CancellationToken cancellationToken)
    {
        var pending = new PendingOutcome(envelopeId, outcome);
        Enqueue(pending);
        return new ValueTask(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    private void Enqueue(PendingWrite write)
    {
        if (!_queue.Writer.TryWrite(write)) throw new ObjectDisposedException(nameof(LiteDbInbox), "The inbox is shutting down.");
    }

    /// <summary>
    /// Walks the sequence index on from the cursor, so a read costs what it returns. Past the cursor nearly every record
    /// is pending (only a restart's first reads step over processed ones); asking the status index instead would load
    /// and sort every pending record on each read, which made a backlog quadratic.
    /// </summary>
    public IReadOnlyList<PendingEnvelope> ReadPending(long afterSequence, int max)
    {
        var found = new List<PendingEnvelope>(Math.Min(max, MaxGroupSize));
        while (found.Count < max)
        {
            var wanted = max - found.Count;
            var batch = AfterSequence(afterSequence, wanted).ToList();
            found.AddRange(batch.Where(record => record.Status == InboxStatus.Pending).Select(record => new PendingEnvelope(record.Sequence, record.ToEnvelope())));
            if (batch.Count < wanted) break;
            afterSequence = batch[^1].Sequence;
        }

        return found;
    }

    /// <summary>Records with a sequence above <paramref name="afterSequence"/>, in sequence order, read from that index.</summary>
    internal ILiteQueryableResult<InboxRecord> AfterSequence(long afterSequence, int max) =>
        _records.Query()
            .Where(RangeQuery.Above("$." + nameof(InboxRecord.Sequence), new BsonValue(afterSequence)))
            .OrderBy(record => record.Sequence)
            .Limit(max);

    /// <summary>The envelopes of one ordering key that are not processed yet, oldest first, for diagnostics and tests.</summary>
    public IReadOnlyList<InboxRecord> PendingFor(string orderingKey) =>
        _records.Query()
            .Where(record => record.OrderingKey == orderingKey && record.Status == InboxStatus.Pending)
            .OrderBy(record => record.Sequence)
            .ToList();


    public int Prune(DateTimeOffset receivedBefore) =>
        _records.DeleteMany(record => record.Status != InboxStatus.Pending && record.ReceivedAt < receivedBefore);

    /// <summary>The stored record, for diagnostics and tests.</summary>
    public InboxRecord? Find(string envelopeId) => _records.FindById(envelopeId);

    public IReadOnlyList<InboxRecord> All() => _records.Query().OrderBy(record => record.Sequence).ToList();

    private async Task WriteGroupsAsync()
    {
        var group = new List<PendingWrite>(MaxGroupSize);
        var results = new List<bool>(MaxGroupSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroupSize && _queue.Reader.TryRead(out var next)) group.Add(next);
            if (group.Count == 0) continue;

            try
            {
                results.Clear();
                _database.InTransaction(() =>
                {
                    foreach (var write in group) results.Add(Apply(write));
                    return results.Count;
                });
            }
            catch (Exception exception)
            {
                LogGroupFailed(exception, group.Count);
                foreach (var write in group) write.Fail(exception);
                continue;
            }

            // Outcomes need no sync (see the summary): their callers go on before the appends' sync.
            var appends = new List<PendingAppend>();
            for (var i = 0; i < group.Count; i++)
                if (group[i] is PendingOutcome outcome) outcome.Completion.TrySetResult();
                else if (group[i] is PendingAppend append)
                {
                    append.Inserted = results[i];
                    appends.Add(append);
                }

            if (appends.Count > 0) _unsynced.Writer.TryWrite(appends);
            LogGroupCommitted(appends.Count, group.Count - appends.Count);
        }

        _unsynced.Writer.TryComplete();
    }

    /// <summary>Syncs the file once for every group committed since the last sync, then acknowledges their appends.</summary>
    private async Task FlushAsync()
    {
        var committed = new List<List<PendingAppend>>();
        while (await _unsynced.Reader.WaitToReadAsync())
        {
            committed.Clear();
            while (_unsynced.Reader.TryRead(out var groupAppends)) committed.Add(groupAppends);
            try
            {
                _database.FlushToDisk();
                foreach (var append in committed.SelectMany(appends => appends)) append.Completion.TrySetResult(append.Inserted);
            }
            catch (Exception exception)
            {
                // Committed but maybe not on disk: not acknowledged, so Slack retries and the retry finds it stored.
                LogSyncFailed(exception, committed.Sum(appends => appends.Count));
                foreach (var append in committed.SelectMany(appends => appends)) append.Fail(exception);
            }
        }
    }

    private bool Apply(PendingWrite write) => write switch
    {
        PendingAppend append => Insert(append.Envelope),
        PendingOutcome outcome => Record(outcome.EnvelopeId, outcome.Outcome),
        _ => throw new InvalidOperationException($"Unknown inbox write {write.GetType().Name}."),
    };

    /// <summary>Inserts unless the id is already stored (in an earlier commit or earlier in this group).</summary>
    private bool Insert(SlackEnvelope envelope)
    {
        if (_records.FindById(envelope.Id) is not null) return false;
        _records.Insert(InboxRecord.From(envelope, ++_lastSequence));
        return true;
    }

    private bool Record(string envelopeId, EnvelopeOutcome outcome)
    {
        var record = _records.FindById(envelopeId);
        if (record is null) return false;
        return _records.Update(record with
        {
            Status = outcome.Succeeded ? InboxStatus.Processed : InboxStatus.Failed,
            ProcessedAt = outcome.ProcessedAt,
            Errors = outcome.Errors,
        });
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        await _flusher;
    }

    /// <summary>One write waiting for the writer; its caller waits on its completion.</summary>
    private abstract class PendingWrite
    {
        public abstract void Fail(Exception exception);
    }

    private sealed class PendingAppend(SlackEnvelope envelope) : PendingWrite
    {
        public SlackEnvelope Envelope { get; } = envelope;
        /// <summary>Whether the commit stored it (false: the id was stored already); reported once it is synced.</summary>
        public bool Inserted { get; set; }
        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public override void Fail(Exception exception) => Completion.TrySetException(exception);
    }

    private sealed class PendingOutcome(string envelopeId, EnvelopeOutcome outcome) : PendingWrite
    {
        public string EnvelopeId { get; } = envelopeId;
        public EnvelopeOutcome Outcome { get; } = outcome;
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public override void Fail(Exception exception) => Completion.TrySetException(exception);
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Inbox group commit of {Appends} envelope(s) and {Outcomes} outcome(s)")]
    private partial void LogGroupCommitted(int appends, int outcomes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox group commit of {Count} write(s) failed; none of its envelopes were acknowledged")]
    private partial void LogGroupFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox disk sync of {Count} committed envelope(s) failed; none of them were acknowledged")]
    private partial void LogSyncFailed(Exception exception, int count);
}
