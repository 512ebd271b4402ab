using SlackBot.Slack.Inbound;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// The inbox envelopes read but not yet finished, queued per ordering key. An envelope is handed out only once
/// every earlier envelope of its key is done, so each key runs one at a time and in sequence while different keys
/// run side by side. Among keys that are free, one with a command or interaction queued goes first (a person is
/// waiting on it, and it waits on its key's earlier envelopes), then the one with the oldest envelope. Thread-safe.
/// </summary>
internal sealed class KeyedBacklog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyQueue> _keys = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = NewSignal();
    private int _count;

    /// <summary>Envelopes held: queued or being processed.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _count;
        }
    }

    /// <summary>
    /// Completes at the next <see cref="Add"/> or <see cref="Done"/>. Take it before looking for work, then wait on
    /// it if there was none: a change in between still wakes the waiter.
    /// </summary>
    public Task Changed
    {
        get
        {
            lock (_gate) return _changed.Task;
        }
    }

    /// <summary>
    /// Queues an envelope behind the earlier ones of its key; envelopes must be added in sequence order. Returns how
    /// many of its key's envelopes are ahead of it (queued or being processed).
    /// </summary>
    public int Add(PendingEnvelope pending)
    {
        lock (_gate)
        {
            var key = pending.Envelope.OrderingKey;
            if (!_keys.TryGetValue(key, out var queue)) _keys[key] = queue = new KeyQueue();
            if (queue.Waiting.Count > 0 && queue.Waiting.Last!.Value.Sequence >= pending.Sequence)
                throw new InvalidOperationException($"Envelope {pending.Envelope.Id} was added out of sequence order.");
            var ahead = queue.Waiting.Count + (queue.Busy ? 1 : 0);
            queue.Waiting.AddLast(pending);
            if (IsInteractive(pending)) queue.InteractiveWaiting++;
            _count++;
            SignalChanged();
            return ahead;
        }
    }

    /// <summary>The next envelope whose key is free, marking the key busy until <see cref="Done"/>; false when there is none.</summary>
    public bool TryTake(out PendingEnvelope next)
    {
        lock (_gate)
        {
            KeyQueue? best = null;
            foreach (var queue in _keys.Values)
            {
                if (queue.Busy || queue.Waiting.Count == 0) continue;
                if (best is null || Before(queue, best)) best = queue;
            }

            if (best is null)
            {
                next = null!;
                return false;
            }

            next = best.Waiting.First!.Value;
            best.Waiting.RemoveFirst();
            if (IsInteractive(next)) best.InteractiveWaiting--;
            best.Busy = true;
            return true;
        }
    }

    /// <summary>The envelope taken from its key is finished (or given up for now): the key's next one may go.</summary>
    public void Done(PendingEnvelope finished)
    {
        lock (_gate)
        {
            var key = finished.Envelope.OrderingKey;
            if (!_keys.TryGetValue(key, out var queue) || !queue.Busy)
                throw new InvalidOperationException($"Envelope {finished.Envelope.Id} was not being processed.");
            queue.Busy = false;
            if (queue.Waiting.Count == 0) _keys.Remove(key);
            _count--;
            SignalChanged();
        }
    }

    private static bool Before(KeyQueue candidate, KeyQueue best)
    {
        var candidateWaitedOn = candidate.InteractiveWaiting > 0;
        var bestWaitedOn = best.InteractiveWaiting > 0;
        if (candidateWaitedOn != bestWaitedOn) return candidateWaitedOn;
        return candidate.Waiting.First!.Value.Sequence < best.Waiting.First!.Value.Sequence;
    }

    private static bool IsInteractive(PendingEnvelope pending) => pending.Envelope.Kind != EnvelopeKind.Event;

    private void SignalChanged()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class KeyQueue
    {
        public LinkedList<PendingEnvelope> Waiting { get; } = new();
        public int InteractiveWaiting { get; set; }
        public bool Busy { get; set; }
    }
}
