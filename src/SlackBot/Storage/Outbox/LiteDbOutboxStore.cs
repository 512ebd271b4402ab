using LiteDB;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Storage.Outbox;

/// <summary>
/// The outbox rows in LiteDB. <see cref="Add"/> joins the LiteDB transaction open on the calling thread, if any: that is
/// how <see cref="LiteDbUnitOfWork"/> commits a state change and the message it causes together.
/// </summary>
public sealed class LiteDbOutboxStore : IOutboxRecords
{
    public const string CollectionName = "outbox";

    private readonly ILiteCollection<OutboxRow> _rows;
    private long _lastSequence;

    public LiteDbOutboxStore(LiteDbDatabase database)
    {
        _rows = database.Collection<OutboxRow>(CollectionName);
        _rows.EnsureIndex(row => row.Status);
        _rows.EnsureIndex(row => row.Correlation);
        _lastSequence = _rows.Count() == 0 ? 0 : _rows.Max(row => row.Sequence);
    }

    public bool Add(OutboxMessage message)
    {
        if (_rows.FindById(message.Id) is not null) return false;
        _rows.Insert(new OutboxRow { Id = message.Id, Sequence = Interlocked.Increment(ref _lastSequence), Message = message });
        return true;
    }

    public OutboxMessage? Find(string id) => _rows.FindById(id)?.Message;

    public IReadOnlyList<OutboxMessage> FindByCorrelation(string correlation) =>
        _rows.Find(row => row.Correlation == correlation).OrderBy(row => row.Sequence).Select(row => row.Message).ToList();

    public IReadOnlyList<OutboxMessage> ReadDue(DateTimeOffset now, int max) =>
        _rows.Query()
            .Where(row => row.Status == OutboxStatus.Pending)
            .OrderBy(row => row.Sequence)
            .ToEnumerable()
            .Select(row => row.Message)
            .Where(message => message.NextAttemptAt <= now)
            .Take(max)
            .ToList();

    public DateTimeOffset? NextAttemptAt() =>
        _rows.Find(row => row.Status == OutboxStatus.Pending)
            .Select(row => (DateTimeOffset?)row.Message.NextAttemptAt)
            .Min();

    public void Update(OutboxMessage message)
    {
        var row = _rows.FindById(message.Id) ?? throw new InvalidOperationException($"Outbox row {message.Id} does not exist.");
        _rows.Update(row with { Message = message });
    }

    public IReadOnlyList<OutboxMessage> ReadParked(int max) =>
        _rows.Query()
            .Where(row => row.Status == OutboxStatus.Parked)
            .OrderByDescending(row => row.Sequence)
            .Limit(max)
            .ToList()
            .Select(row => row.Message)
            .ToList();

    /// <summary>Counted on the status index, without reading the rows.</summary>
    public int CountPending() => _rows.Count(row => row.Status == OutboxStatus.Pending);

    public IReadOnlyList<OutboxMessage> All() =>
        _rows.Query().OrderBy(row => row.Sequence).ToList().Select(row => row.Message).ToList();

    /// <summary>
    /// The stored shape: the message plus the fields queries need at the top level (LiteDB indexes paths,
    /// and the Slack layer's record stays free of storage concerns).
    /// </summary>
    private sealed record OutboxRow
    {
        public string Id { get; init; } = "";
        public long Sequence { get; init; }
        public OutboxMessage Message { get; init; } = new();
        public OutboxStatus Status { get => Message.Status; init { } }
        public string? Correlation { get => Message.Correlation; init { } }
    }
}
