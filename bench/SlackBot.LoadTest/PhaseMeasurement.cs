namespace SlackBot.LoadTest;

/// <summary>The figures of one phase (one target, one model, one load), filled in as the run goes: the sending side
/// first, then the processing side once the bot has drained, then what the store says.</summary>
public sealed record PhaseMeasurement
{
    public required string Name { get; init; }

    /// <summary>"bot" or "floor".</summary>
    public required string Target { get; init; }

    public required string Transport { get; init; }

    /// <summary>"open" (fixed arrival rate) or "closed" (fixed concurrency).</summary>
    public required string Model { get; init; }

    /// <summary>Requests per second (open) or connections (closed).</summary>
    public required int Load { get; init; }

    /// <summary>From the first send (or due time) to the last answer.</summary>
    public required double Seconds { get; init; }

    public required int Acknowledged { get; init; }
    public required int Rejected { get; init; }

    /// <summary>The non-2xx answers by HTTP status.</summary>
    public IReadOnlyDictionary<int, int> RejectedByStatus { get; init; } = new Dictionary<int, int>();

    public required int TimedOut { get; init; }
    public required int Failed { get; init; }
    public required double AcksPerSecond { get; init; }
    public required IReadOnlyDictionary<RequestKind, LatencySummary> Latency { get; init; }

    /// <summary>Every event kind together (commands apart: the bot answers them after running them).</summary>
    public required LatencySummary EventLatency { get; init; }

    /// <summary>Open model only: how late the driver let requests leave, part of every latency above.</summary>
    public required LatencySummary SendLag { get; init; }

    public required IReadOnlyList<string> AcknowledgedInboxIds { get; init; }
    public required IReadOnlyList<string> IncidentMessageIds { get; init; }
    /// <summary>When the last ack came (wall clock, to compare with the store's times); null when none did.</summary>
    public required DateTimeOffset? LastAckAt { get; init; }

    /// <summary>From the last ack until the bot had processed everything acknowledged (null: not measured or not reached).</summary>
    public double? DrainSeconds { get; init; }

    /// <summary>How many processings the bot counted for this phase (more than acknowledged would mean a duplicate).</summary>
    public long? ProcessedCount { get; init; }

    /// <summary>From the store: acknowledged envelopes processed per second, first receipt to last completion.</summary>
    public double? ProcessedPerSecond { get; init; }

    /// <summary>From the store: incident-channel messages, received to processed.</summary>
    public LatencySummary? IncidentLag { get; init; }
}
