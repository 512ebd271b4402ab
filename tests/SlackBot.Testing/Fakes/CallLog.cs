namespace SlackBot.Testing.Fakes;

/// <summary>Every Web API call the fake answered, in the order the answers went out, plus how many calls a Slow
/// fault is holding right now.</summary>
internal sealed class CallLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedCall> calls = [];
    private readonly Dictionary<string, int> held = new(StringComparer.Ordinal);

    public void Add(RecordedCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }

    /// <summary>Counts a call as held while <paramref name="delay"/> runs. The delay's timer already exists when this
    /// is called, so a test that sees the count can safely move a fake clock past it.</summary>
    public async Task HoldAsync(string method, Task delay)
    {
        lock (gate)
        {
            held[method] = held.GetValueOrDefault(method) + 1;
        }

        try
        {
            await delay;
        }
        finally
        {
            lock (gate)
            {
                held[method] -= 1;
            }
        }
    }

    public int Held(string method)
    {
        lock (gate)
        {
            return held.GetValueOrDefault(method);
        }
    }

    public IReadOnlyList<RecordedCall> All()
    {
        lock (gate)
        {
            return [.. calls];
        }
    }

    public IReadOnlyList<RecordedCall> For(string method)
    {
        lock (gate)
        {
            return [.. calls.Where(call => call.Method == method)];
        }
    }
}
