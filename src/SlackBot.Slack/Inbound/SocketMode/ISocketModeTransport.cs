namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Opens WebSocket connections for the Socket Mode receiver. The production transport is
/// <see cref="ClientWebSocketTransport"/>; unit tests script one to drive the receiver without a network.
/// </summary>
public interface ISocketModeTransport
{
    /// <summary>Connects to the single-use <c>wss</c> URL from apps.connections.open; throws when the upgrade fails.</summary>
    Task<ISocketModeConnection> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
