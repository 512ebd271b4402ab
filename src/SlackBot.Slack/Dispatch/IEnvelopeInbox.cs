using SlackBot.Slack.Inbound;

namespace SlackBot.Slack.Dispatch;

/// <summary>How processing an envelope ended. Errors are recorded, never turned into Slack retries.</summary>
public sealed record EnvelopeOutcome(DateTimeOffset ProcessedAt, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A stored envelope not yet processed, with its place in the order of acknowledgement.</summary>
/// <param name="Sequence">Increases with every stored envelope, across restarts; processing follows it per ordering key.</param>
public sealed record PendingEnvelope(long Sequence, SlackEnvelope Envelope);

/// <summary>
/// The durable inbox: every envelope is stored here before Slack is acknowledged, and processed from here.
/// The storage behind it (LiteDB in the host) is the dispatcher's deduplication seam: an id is stored once.
/// </summary>
public interface IEnvelopeInbox
{
    /// <summary>
    /// Stores the envelope durably unless an envelope with the same id was stored before, giving it the next
    /// sequence number. Returns false for a duplicate. When the task completes the envelope survives a crash.
    /// </summary>
    ValueTask<bool> AppendAsync(SlackEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>
    /// Envelopes not yet processed (including any in progress when the process died) whose sequence is greater
    /// than <paramref name="afterSequence"/>, in sequence order, with their ordering keys. A store shared by several
    /// processes returns instead the pending envelopes of the ordering keys this process holds, each at most once per
    /// run and each key's in sequence order, and may return some with a sequence at or below
    /// <paramref name="afterSequence"/> (a key taken over from a process that died, an append committed late): the
    /// caller must not rely on the sequences it is given rising across calls.
    /// </summary>
    IReadOnlyList<PendingEnvelope> ReadPending(long afterSequence, int max);

    /// <summary>
    /// Marks an envelope processed; it stays stored (for deduplication) until pruned. When the task completes the outcome
    /// is committed (reads see it), though not necessarily synced to disk: a crash may lose it, and the envelope is then
    /// processed again after the restart. Outcomes are committed in the order they are given, so what survives a crash is
    /// always an earlier part of that order.
    /// </summary>
    ValueTask CompleteAsync(string envelopeId, EnvelopeOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Forgets processed envelopes received before the cut-off; Slack no longer retries them.</summary>
    int Prune(DateTimeOffset receivedBefore);
}
