using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>
/// A WebSocket the test plays Slack on: it pushes frames, closes or breaks the connection, and reads what the
/// receiver sent. It notices when two sends overlap, which a real socket does not allow.
/// </summary>
internal sealed class ScriptedSocketConnection(int number, Uri url) : ISocketModeConnection
{
    private readonly Channel<Func<string?>> _incoming = Channel.CreateUnbounded<Func<string?>>();
    private int _sending;
    private int _mostSendsAtOnce;

    public int Number => number;

    public Uri Url => url;

    public ConcurrentQueue<string> Sent { get; } = new();

    public int MostSendsAtOnce => Volatile.Read(ref _mostSendsAtOnce);

    /// <summary>While set, every send waits for it: an acknowledgement stuck on a slow network.</summary>
    public TaskCompletionSource? SendGate { get; set; }

    /// <summary>Whether Slack answers the receiver's close frame with its own (it does, unless a test says otherwise).</summary>
    public bool AnswersClose { get; set; } = true;

    public bool CloseSent { get; private set; }

    public bool Aborted { get; private set; }

    public bool Disposed { get; private set; }

    public IReadOnlyList<string> AckedEnvelopeIds =>
        [.. Sent.Select(text => JsonNode.Parse(text)?["envelope_id"]?.GetValue<string>()).OfType<string>()];

    public JsonObject? AckFor(string envelopeId) =>
        Sent.Select(text => JsonNode.Parse(text)!.AsObject()).FirstOrDefault(ack => ack["envelope_id"]?.GetValue<string>() == envelopeId);

    public void Push(string text) => _incoming.Writer.TryWrite(() => text);

    public void PushHello(int numConnections = 1) =>
        Push($$$"""{"type":"hello","num_connections":{{{numConnections}}},"debug_info":{"host":"applink-test","approximate_connection_time":18060},"connection_info":{"app_id":"A0TEST"}}""");

    public void PushDisconnect(string reason) => Push($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"applink-test"}}""");

    /// <summary>Slack's close frame.</summary>
    public void PushClose() => _incoming.Writer.TryWrite(() => null);

    /// <summary>The network fails: the next receive throws.</summary>
    public void Break() => _incoming.Writer.TryWrite(() => throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The remote party closed the WebSocket connection without completing the close handshake."));

    public async ValueTask<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var next = await _incoming.Reader.ReadAsync(cancellationToken);
        return next();
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _sending);
        try
        {
            InterlockedMax(ref _mostSendsAtOnce, now);
            if (CloseSent) throw new WebSocketException(WebSocketError.InvalidState, "A close frame was sent already.");
            if (SendGate is { } gate) await gate.Task.WaitAsync(cancellationToken);
            // Give an overlapping send every chance to show itself.
            await Task.Yield();
            Sent.Enqueue(text);
        }
        finally
        {
            Interlocked.Decrement(ref _sending);
        }
    }

    public Task CloseOutputAsync(CancellationToken cancellationToken)
    {
        if (!CloseSent && AnswersClose) PushClose();
        CloseSent = true;
        return Task.CompletedTask;
    }

    public void Abort()
    {
        Aborted = true;
        Break();
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
