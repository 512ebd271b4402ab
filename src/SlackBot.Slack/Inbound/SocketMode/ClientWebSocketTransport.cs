using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Socket Mode over <see cref="ClientWebSocket"/>. Keep-alive pings with a pong deadline
/// (<see cref="SocketModeOptions.PingInterval"/>, <see cref="SocketModeOptions.PingTimeout"/>) turn a silently dead
/// peer into a failed receive instead of a connection that waits forever.
/// </summary>
public sealed class ClientWebSocketTransport(IOptions<SocketModeOptions> options, ILogger<ClientWebSocketTransport> logger) : ISocketModeTransport
{
    public async Task<ISocketModeConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.Value.PingInterval;
        socket.Options.KeepAliveTimeout = options.Value.PingTimeout;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var maxBytes = options.Value.MaxMessageBytes;
        return new ClientWebSocketConnection(socket, maxBytes, length => SocketModeLog.OversizeFrame(logger, length, maxBytes));
    }
}
