using System.Collections.Concurrent;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>Hands out <see cref="ScriptedSocketConnection"/>s, greeting each with hello unless told not to, or fails on cue.</summary>
internal sealed class ScriptedSocketTransport : ISocketModeTransport
{
    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly List<ScriptedSocketConnection> _connections = [];
    private int _attempts;

    public bool GreetWithHello { get; set; } = true;

    public int Attempts => Volatile.Read(ref _attempts);

    public IReadOnlyList<ScriptedSocketConnection> Connections
    {
        get
        {
            lock (_connections) return [.. _connections];
        }
    }

    public void FailNext(Exception failure, int times = 1)
    {
        for (var i = 0; i < times; i++) _failures.Enqueue(failure);
    }

    public async Task<ScriptedSocketConnection> WaitForConnectionAsync(int number)
    {
        await Poll.UntilAsync(() => Connections.Count >= number, what: $"connection {number}");
        return Connections[number - 1];
    }

    public Task<ISocketModeConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (_failures.TryDequeue(out var failure)) return Task.FromException<ISocketModeConnection>(failure);

        ScriptedSocketConnection connection;
        lock (_connections)
        {
            connection = new ScriptedSocketConnection(_connections.Count + 1, url);
            _connections.Add(connection);
        }

        if (GreetWithHello) connection.PushHello();
        return Task.FromResult<ISocketModeConnection>(connection);
    }
}
