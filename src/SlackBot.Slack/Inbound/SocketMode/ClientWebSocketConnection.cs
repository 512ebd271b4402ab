using System.Net.WebSockets;
using System.Text;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// A connected <see cref="ClientWebSocket"/> that hands out whole text messages. A message longer than
/// <paramref name="maxMessageBytes"/> is read to its end without being kept, reported to <paramref name="dropped"/>,
/// and skipped: the connection (and every envelope behind it) lives on, and Slack redelivers what was not acknowledged.
/// </summary>
internal sealed class ClientWebSocketConnection(ClientWebSocket socket, int maxMessageBytes, Action<long> dropped) : ISocketModeConnection
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly MemoryStream _message = new();

    public async ValueTask<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _message.SetLength(0);
            long length = 0;
            var tooLong = false;
            while (true)
            {
                var result = await socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close) return null;

                length += result.Count;
                if (length > maxMessageBytes)
                {
                    // Dropped as it streams in, so memory stays at one buffer however long the message.
                    tooLong = true;
                    _message.SetLength(0);
                }
                else
                {
                    _message.Write(_buffer, 0, result.Count);
                }

                if (result.EndOfMessage) break;
            }

            if (!tooLong) return Encoding.UTF8.GetString(_message.GetBuffer(), 0, (int)_message.Length);
            dropped(length);
        }
    }

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public Task CloseOutputAsync(CancellationToken cancellationToken) =>
        socket.State is WebSocketState.Open or WebSocketState.CloseReceived
            ? socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken)
            : Task.CompletedTask;

    public void Abort() => socket.Abort();

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        _message.Dispose();
        return ValueTask.CompletedTask;
    }
}
