using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary>One accepted WebSocket: serialised sends, a receive loop that hands each complete text frame on, and its
/// close bookkeeping (the first recorded reason wins). The send lock is never disposed: a late send to a closed
/// connection then fails on the socket, with a clear WebSocket error, rather than on a disposed semaphore.</summary>
internal sealed class SocketModeConnection(int id, WebSocket socket, HttpContext http, TimeProvider clock)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly Lock gate = new();
    private DateTimeOffset? closedAt;
    private string? closeReason;

    public int Id => id;

    public DateTimeOffset OpenedAt { get; } = clock.GetUtcNow();

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return closedAt is null;
            }
        }
    }

    public SocketConnectionRecord Snapshot()
    {
        lock (gate)
        {
            return new SocketConnectionRecord(id, OpenedAt, closedAt, closeReason);
        }
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Reads frames until the socket closes; returns why it closed.</summary>
    public async Task<string> ReceiveAsync(Action<string> onTextFrame, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
            }
            catch (Exception lost) when (lost is WebSocketException or OperationCanceledException or IOException)
            {
                return "connection lost";
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return await AnswerCloseAsync(result, cancellationToken);
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Text)
            {
                onTextFrame(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
            }

            frame.SetLength(0);
        }
    }

    /// <summary>Starts the close handshake from the server side. The connection counts as closed from this moment (no
    /// envelope goes to it any more), whether or not the client ever answers the close frame.</summary>
    public async Task CloseAsync(string reason, CancellationToken cancellationToken)
    {
        MarkClosed(reason);
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken);
            }
        }
        catch (Exception lost) when (lost is WebSocketException or IOException)
        {
            // The client went away first; the connection is already recorded as closed.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection with no close handshake, as a network failure would.</summary>
    public void Abort(string reason)
    {
        MarkClosed(reason);
        try
        {
            http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended (the socket closed while stopping): nothing left to drop.
        }
    }

    public void MarkClosed(string reason)
    {
        lock (gate)
        {
            if (closedAt is not null)
            {
                return;
            }

            closedAt = clock.GetUtcNow();
            closeReason = reason;
        }
    }

    private async Task<string> AnswerCloseAsync(WebSocketReceiveResult result, CancellationToken cancellationToken)
    {
        if (socket.State == WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
            }
            catch (Exception lost) when (lost is WebSocketException or OperationCanceledException or IOException)
            {
                return "connection lost";
            }
        }

        return $"client closed ({result.CloseStatus})";
    }
}
