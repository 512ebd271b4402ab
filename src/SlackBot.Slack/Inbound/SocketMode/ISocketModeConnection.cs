namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// One open WebSocket, reduced to what Socket Mode needs. One reader at a time and one writer at a time: the
/// receiver serialises its sends.
/// </summary>
public interface ISocketModeConnection : IAsyncDisposable
{
    /// <summary>
    /// The next complete text message, or null once the peer has sent its close frame. Throws when the connection
    /// fails (reset, aborted, no answer to pings).
    /// </summary>
    ValueTask<string?> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends one text message.</summary>
    Task SendAsync(string text, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a normal-closure close frame, starting the close handshake or answering the peer's. Does nothing once
    /// ours has gone. Reading goes on until the peer's close frame arrives.
    /// </summary>
    Task CloseOutputAsync(CancellationToken cancellationToken);

    /// <summary>Drops the connection at once, without a close handshake.</summary>
    void Abort();
}
