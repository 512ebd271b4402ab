namespace SlackBot.Testing.Fakes;

/// <summary>Per-method queues of faults. Each queued fault is consumed, in order, by the next call to its method.</summary>
public sealed class FakeSlackFaults
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> queues = new(StringComparer.Ordinal);

    public void RateLimit(string method, int retryAfterSeconds, int times = 1) =>
        Enqueue(method, new RateLimitFault(retryAfterSeconds), times);

    public void ServerError(string method, int status = 503, int times = 1, bool afterProcessing = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        Enqueue(method, new ServerErrorFault(status, afterProcessing), times);
    }

    public void Slow(string method, TimeSpan delay, int times = 1) => Enqueue(method, new SlowFault(delay), times);

    public void Error(string method, string error, int times = 1) => Enqueue(method, new ErrorFault(error), times);

    /// <summary>Aborts the connection instead of answering (the client sees a reset or a truncated response).</summary>
    public void ConnectionReset(string method, int times = 1, bool afterProcessing = false) =>
        Enqueue(method, new ConnectionResetFault(afterProcessing), times);

    /// <summary>How many faults are still waiting for calls to <paramref name="method"/>.</summary>
    public int Pending(string method)
    {
        lock (gate)
        {
            return queues.TryGetValue(method, out var queue) ? queue.Count : 0;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            queues.Clear();
        }
    }

    internal FakeFault? TryTake(string method)
    {
        lock (gate)
        {
            return queues.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }

    private void Enqueue(string method, FakeFault fault, int times)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (gate)
        {
            if (!queues.TryGetValue(method, out var queue))
            {
                queue = new Queue<FakeFault>();
                queues[method] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }
}
