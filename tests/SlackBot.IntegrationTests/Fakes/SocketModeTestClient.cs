using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

/// <summary>A bare ClientWebSocket speaking Socket Mode to the fake, for the fake's own tests.</summary>
internal sealed class SocketModeTestClient : IDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    private SocketModeTestClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    /// <summary>Calls apps.connections.open with the app token and returns the ws:// URL it gave.</summary>
    public static async Task<Uri> OpenUrlAsync(FakeSlack slack)
    {
        using var api = new SlackApiTestClient(slack) { Token = slack.AppToken };
        var reply = await api.PostFormAsync("apps.connections.open");
        return new Uri(reply.Body["url"]!.GetValue<string>());
    }

    public static async Task<SocketModeTestClient> ConnectAsync(Uri url)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await socket.ConnectAsync(url, timeout.Token);
        return new SocketModeTestClient(socket);
    }

    /// <summary>Connects with a fresh URL and reads the hello frame.</summary>
    public static async Task<(SocketModeTestClient Client, JsonObject Hello)> ConnectAndReadHelloAsync(FakeSlack slack)
    {
        var client = await ConnectAsync(await OpenUrlAsync(slack));
        return (client, await client.ReceiveJsonAsync());
    }

    public async Task<JsonObject> ReceiveJsonAsync() =>
        JsonNode.Parse(await ReceiveTextAsync()) as JsonObject ?? throw new AssertionException("frame was not a JSON object");

    /// <summary>The next text frame, or an exception if the socket closes or fails first.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        var (type, text) = await ReceiveFrameAsync();
        return type == WebSocketMessageType.Text ? text : throw new AssertionException($"expected a text frame, got {type}");
    }

    public async Task<(WebSocketMessageType Type, string Text)> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, timeout.Token);
            frame.Write(buffer, 0, result.Count);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // A well-behaved client answers the server's close frame, completing the handshake.
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                return (result.MessageType, result.CloseStatusDescription ?? "");
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType, Encoding.UTF8.GetString(frame.ToArray()));
            }
        }
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public void Dispose() => Socket.Dispose();
}
