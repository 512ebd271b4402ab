namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>A moment's view of the Socket Mode link.</summary>
/// <param name="ConnectedSince">Since when at least one connection has been ready (said hello); null while there is none.</param>
/// <param name="Failure">Slack's reason, once the receiver has given up for good (Socket Mode switched off, app token refused).</param>
public sealed record SocketModeState(DateTimeOffset? ConnectedSince, string? Failure)
{
    public static SocketModeState Connecting { get; } = new(null, null);

    public bool IsConnected => ConnectedSince is not null;
}

/// <summary>
/// Whether the Socket Mode receiver has a live connection to Slack, for <c>/healthz</c> and diagnostics. It counts
/// ready connections rather than following one, so a connection replaced at Slack's request (the old one serves
/// until the new one is up) never shows as a gap.
/// </summary>
public sealed class SocketModeStatus
{
    private readonly Lock _gate = new();
    private SocketModeState _current = SocketModeState.Connecting;
    private int _ready;

    public SocketModeState Current
    {
        get
        {
            lock (_gate) return _current;
        }
    }

    /// <summary>A connection said hello.</summary>
    internal void ConnectionReady(DateTimeOffset now)
    {
        lock (_gate)
        {
            _ready++;
            if (_current is { Failure: null, IsConnected: false }) _current = _current with { ConnectedSince = now };
        }
    }

    /// <summary>A connection that had said hello has closed.</summary>
    internal void ConnectionEnded()
    {
        lock (_gate)
        {
            _ready = Math.Max(0, _ready - 1);
            if (_ready == 0) _current = _current with { ConnectedSince = null };
        }
    }

    /// <summary>The receiver gave up; the state stays failed.</summary>
    internal void MarkFailed(string reason)
    {
        lock (_gate) _current = new SocketModeState(null, reason);
    }
}
