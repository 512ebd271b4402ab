using System.Net.WebSockets;
using System.Text;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>A connected <see cref="ClientWebSocket"/> that hands out whole text messages.</summary>
internal sealed class ClientWebSocketConnection(ClientWebSocket socket) : ISocketModeConnection
{
    /// <summary>
    /// Slack's envelopes are a few kilobytes, modal submissions at most a few hundred; a message beyond this is not
    /// from Slack, and reading it further would only fill memory.
    /// </summary>
    private const int MaxMessageBytes = 8 * 1024 * 1024;

    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly MemoryStream _message = new();

    public async ValueTask<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.SetLength(0);
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;

            if (_message.Length + result.Count > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"A message exceeded {MaxMessageBytes} bytes.");
            }

            _message.Write(_buffer, 0, result.Count);
            if (result.EndOfMessage) return Encoding.UTF8.GetString(_message.GetBuffer(), 0, (int)_message.Length);
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
