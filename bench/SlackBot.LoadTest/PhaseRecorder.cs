using System.Diagnostics;

namespace SlackBot.LoadTest;

/// <summary>Collects what one phase's requests did, from many senders at once.</summary>
public sealed class PhaseRecorder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RequestKind, List<double>> _latencies = RequestKinds.All.ToDictionary(kind => kind, _ => new List<double>());
    private readonly Dictionary<SendOutcome, int> _outcomes = Enum.GetValues<SendOutcome>().ToDictionary(outcome => outcome, _ => 0);
    private readonly SortedDictionary<int, int> _rejectedByStatus = [];
    private readonly List<double> _sendLag = [];
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _incidentMessages = new(StringComparer.Ordinal);
    private long _firstStart = long.MaxValue;
    private long _lastCompletion = long.MinValue;
    private DateTimeOffset _lastAckWallClock;

    /// <summary>One request: <paramref name="startedAt"/> is when it was due (open model) or sent (closed model).</summary>
    public void Record(LoadRequest request, long startedAt, SendResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        var milliseconds = Stopwatch.GetElapsedTime(startedAt, result.CompletedAt).TotalMilliseconds;
        lock (_gate)
        {
            _outcomes[result.Outcome]++;
            _firstStart = Math.Min(_firstStart, startedAt);
            _lastCompletion = Math.Max(_lastCompletion, result.CompletedAt);
            if (result.StatusCode is { } status) _rejectedByStatus[status] = _rejectedByStatus.GetValueOrDefault(status) + 1;
            if (result.Outcome != SendOutcome.Acknowledged) return;
            _latencies[request.Kind].Add(milliseconds);
            _lastAckWallClock = DateTimeOffset.UtcNow;
            if (result.InboxId is { } id)
            {
                _acknowledged.Add(id);
                if (request.Kind is RequestKind.Moment or RequestKind.Message && request.ChannelId == LoadWorkspace.IncidentChannel)
                    _incidentMessages.Add(id);
            }
        }
    }

    /// <summary>How late the open model's sender let a request leave after it was due.</summary>
    public void RecordSendLag(TimeSpan lag)
    {
        lock (_gate) _sendLag.Add(lag.TotalMilliseconds);
    }

    public PhaseMeasurement Finish(string name, string target, string transport, string model, int load, IReadOnlyList<string> lateInboxIds)
    {
        ArgumentNullException.ThrowIfNull(lateInboxIds);
        lock (_gate)
        {
            var seconds = _lastCompletion > _firstStart ? Stopwatch.GetElapsedTime(_firstStart, _lastCompletion).TotalSeconds : double.NaN;
            var acked = _outcomes[SendOutcome.Acknowledged];
            return new PhaseMeasurement
            {
                Name = name,
                Target = target,
                Transport = transport,
                Model = model,
                Load = load,
                Seconds = seconds,
                Acknowledged = acked,
                Rejected = _outcomes[SendOutcome.Rejected],
                RejectedByStatus = new Dictionary<int, int>(_rejectedByStatus),
                TimedOut = _outcomes[SendOutcome.TimedOut],
                Failed = _outcomes[SendOutcome.Failed],
                AcksPerSecond = acked / seconds,
                Latency = RequestKinds.All.ToDictionary(kind => kind, kind => LatencySummary.Of(_latencies[kind])),
                EventLatency = LatencySummary.Of(_latencies.Where(pair => RequestKinds.IsEvent(pair.Key)).SelectMany(pair => pair.Value)),
                SendLag = LatencySummary.Of(_sendLag),
                AcknowledgedInboxIds = [.. _acknowledged, .. lateInboxIds],
                IncidentMessageIds = [.. _incidentMessages],
                LastAckAt = acked > 0 ? _lastAckWallClock : null,
            };
        }
    }
}
