using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary>Slack's Socket Mode side, at <c>/link/</c> on the fake's Kestrel. A WebSocket upgrade needs a ticket from
/// apps.connections.open (each works once); the server greets with <c>hello</c>, pushes envelopes to the newest open
/// connection, records the app's acks, and can ask the app to reconnect or drop it outright.</summary>
public sealed class FakeSocketMode
{
    private readonly FakeSlackContext context;
    private readonly Lock gate = new();
    private readonly HashSet<string> tickets = new(StringComparer.Ordinal);
    private readonly List<SocketModeConnection> connections = [];
    private readonly List<SocketModeAck> acks = [];
    private readonly List<SentEnvelope> sentEnvelopes = [];
    private readonly List<string> receivedFrames = [];
    private readonly List<Task> pendingCloses = [];
    private readonly CancellationTokenSource stopping = new();
    private TaskCompletionSource nextConnection = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int connectionCount;
    private volatile bool refuseConnections;

    internal FakeSocketMode(FakeSlackContext context) => this.context = context;

    /// <summary>While true, apps.connections.open still answers but every WebSocket upgrade gets HTTP 503, so a test can
    /// watch the client's reconnect backoff in <see cref="OpenCalls"/>.</summary>
    public bool RefuseConnections
    {
        get => refuseConnections;
        set => refuseConnections = value;
    }

    /// <summary>The connections open right now.</summary>
    public IReadOnlyList<SocketConnectionRecord> Connections => Snapshot(openOnly: true);

    /// <summary>Every connection ever accepted, open or closed, in the order they opened.</summary>
    public IReadOnlyList<SocketConnectionRecord> ConnectionHistory => Snapshot(openOnly: false);

    /// <summary>When apps.connections.open was called (whatever it answered), oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> OpenCalls =>
        [.. context.Calls.For("apps.connections.open").Select(call => call.At).Order()];

    /// <summary>Raised on the receive loop for each ack as it arrives, for a load driver that times acks without
    /// polling <see cref="Acks"/>. A handler must be quick and must not throw.</summary>
    public event Action<SocketModeAck>? AckReceived;

    public IReadOnlyList<SocketModeAck> Acks
    {
        get
        {
            lock (gate)
            {
                return [.. acks];
            }
        }
    }

    public IReadOnlyList<SentEnvelope> SentEnvelopes
    {
        get
        {
            lock (gate)
            {
                return [.. sentEnvelopes];
            }
        }
    }

    /// <summary>Every text frame the app sent, acks included, as received.</summary>
    public IReadOnlyList<string> ReceivedFrames
    {
        get
        {
            lock (gate)
            {
                return [.. receivedFrames];
            }
        }
    }

    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null) =>
        Poll.UntilAsync(() => Connections.Count >= count, timeout,
            () => $"expected at least {count} open Socket Mode connection(s), have {Connections.Count}; " +
                  $"apps.connections.open was called {OpenCalls.Count} time(s); history: {string.Join(", ", ConnectionHistory)}");

    public Task<SocketModeAck> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null) =>
        Poll.UntilAsync(() => Acks.FirstOrDefault(ack => ack.EnvelopeId == envelopeId), timeout,
            () => $"no ack for envelope {envelopeId}; acks so far: [{string.Join(", ", Acks.Select(ack => ack.EnvelopeId))}]; " +
                  $"frames received: [{string.Join(", ", ReceivedFrames)}]");

    /// <summary>An events_api envelope around an event_callback for <paramref name="innerEvent"/>; returns its envelope_id.</summary>
    public Task<string> SendEventAsync(JsonObject innerEvent, string? eventId = null, int retryAttempt = 0, string retryReason = "")
    {
        ArgumentNullException.ThrowIfNull(innerEvent);
        var payload = context.Payloads.EventCallback(innerEvent, eventId);
        return SendEnvelopeAsync("events_api", payload, acceptsResponsePayload: false, (retryAttempt, retryReason));
    }

    /// <summary>A slash_commands envelope (the form fields as a JSON object), which accepts a response payload in the ack.</summary>
    public Task<string> SendCommandAsync(string command, string text, string userId, string channelId)
    {
        var fields = context.Payloads.SlashCommand(command, text, userId, channelId, channelName: null);
        var payload = new JsonObject();
        foreach (var (name, value) in fields.Fields)
        {
            payload[name] = value;
        }

        return SendEnvelopeAsync("slash_commands", payload, acceptsResponsePayload: true, retry: null);
    }

    /// <summary>An interactive envelope; view_submission and block_suggestion accept a response payload in the ack.</summary>
    public Task<string> SendInteractiveAsync(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var enriched = context.Payloads.Interaction(payload);
        var acceptsResponse = enriched["type"]?.GetValue<string>() is "view_submission" or "block_suggestion";
        return SendEnvelopeAsync("interactive", enriched, acceptsResponse, retry: null);
    }

    /// <summary>A message shortcut (<c>message_action</c>) on a stored message, as an interactive envelope; returns the envelope id.</summary>
    public Task<string> SendMessageShortcutAsync(string callbackId, string userId, string channelId, string messageTs) =>
        SendInteractiveAsync(context.Payloads.MessageShortcut(callbackId, userId, channelId, messageTs));

    /// <summary>A person posts: the message is stored and, if the bot is in the conversation, its event is pushed.
    /// Returns the message's ts.</summary>
    public async Task<string> PostUserMessageAsync(string channel, string user, string text, string? threadTs = null)
    {
        var (message, conversation, inner) = context.Payloads.PostUserMessage(channel, user, text, threadTs);
        if (conversation.BotIsMember)
        {
            await SendEventAsync(inner);
        }

        return message.Ts;
    }

    /// <summary>Any text (malformed JSON, unknown frame types) down the newest open connection.</summary>
    public Task SendRawFrameAsync(string text) => NewestOpen().SendAsync(text, stopping.Token);

    /// <summary>Sends <c>disconnect</c> to every open connection. For <c>warning</c> and <c>refresh_requested</c> the old
    /// sockets stay open until the client has opened a new connection or the grace period has passed (as Slack does);
    /// for any other reason they are closed straight after the frame.</summary>
    public async Task SendDisconnectAsync(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        List<SocketModeConnection> targets;
        Task replacementOpened;
        lock (gate)
        {
            targets = [.. connections.Where(connection => connection.IsOpen)];
            replacementOpened = nextConnection.Task;
        }

        var frame = new JsonObject
        {
            ["type"] = "disconnect",
            ["reason"] = reason,
            ["debug_info"] = new JsonObject { ["host"] = "applink-fake-1" },
        };
        if (reason == "too_many_websockets")
        {
            frame["num_connections"] = targets.Count;
            frame["connection_info"] = new JsonObject { ["app_id"] = context.Identity.AppId };
        }

        var text = context.WriteJson(frame);
        foreach (var target in targets)
        {
            await target.SendAsync(text, stopping.Token);
        }

        var closeReason = $"disconnect: {reason}";
        if (reason is "warning" or "refresh_requested")
        {
            var closing = CloseAfterReplacementAsync(targets, replacementOpened, closeReason);
            lock (gate)
            {
                pendingCloses.Add(closing);
            }

            return;
        }

        foreach (var target in targets)
        {
            await target.CloseAsync(closeReason, stopping.Token);
        }
    }

    /// <summary>Aborts every open socket without a close handshake, like a network failure.</summary>
    public Task DropConnectionsAsync()
    {
        foreach (var connection in OpenConnections())
        {
            connection.Abort("dropped by test");
        }

        return Task.CompletedTask;
    }

    internal string IssueTicket()
    {
        lock (gate)
        {
            var ticket = string.Create(CultureInfo.InvariantCulture,
                $"{tickets.Count + connectionCount + 1}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");
            tickets.Add(ticket);
            return ticket;
        }
    }

    internal async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (RefuseConnections)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var ticket = http.Request.Query["ticket"].ToString();
        lock (gate)
        {
            if (!tickets.Remove(ticket))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        int id;
        lock (gate)
        {
            id = ++connectionCount;
        }

        var connection = new SocketModeConnection(id, socket, http, context.Clock);
        try
        {
            // Registered only once hello is out, so no envelope can overtake it.
            await connection.SendAsync(context.WriteJson(Hello(OpenConnections().Count + 1)), stopping.Token);
            TaskCompletionSource opened;
            lock (gate)
            {
                connections.Add(connection);
                opened = nextConnection;
                nextConnection = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            opened.TrySetResult();
            var reason = await connection.ReceiveAsync(frame => OnFrame(connection, frame), stopping.Token);
            connection.MarkClosed(reason);
        }
        catch (Exception lost) when (lost is WebSocketException or OperationCanceledException or IOException)
        {
            connection.MarkClosed("connection lost");
        }
    }

    internal async Task StopAsync()
    {
        await stopping.CancelAsync();
        foreach (var connection in OpenConnections())
        {
            connection.Abort("fake Slack stopped");
        }

        Task[] closing;
        lock (gate)
        {
            closing = [.. pendingCloses];
        }

        await Task.WhenAll(closing);
        stopping.Dispose();
    }

    private async Task CloseAfterReplacementAsync(List<SocketModeConnection> targets, Task replacementOpened, string reason)
    {
        try
        {
            var grace = Task.Delay(context.Options.DisconnectGracePeriod, context.Clock, stopping.Token);
            await Task.WhenAny(replacementOpened, grace);
            foreach (var target in targets)
            {
                await target.CloseAsync(reason, stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The fake is shutting down and aborts every socket anyway.
        }
    }

    private async Task<string> SendEnvelopeAsync(string type, JsonObject payload, bool acceptsResponsePayload, (int Attempt, string Reason)? retry)
    {
        var connection = NewestOpen();
        var envelopeId = Guid.NewGuid().ToString();
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["payload"] = payload.DeepClone(),
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (retry is { } retryInfo)
        {
            envelope["retry_attempt"] = retryInfo.Attempt;
            envelope["retry_reason"] = retryInfo.Reason;
        }

        lock (gate)
        {
            sentEnvelopes.Add(new SentEnvelope(envelopeId, type, payload, connection.Id, context.Clock.GetUtcNow()));
        }

        await connection.SendAsync(context.WriteJson(envelope), stopping.Token);
        return envelopeId;
    }

    private void OnFrame(SocketModeConnection connection, string text)
    {
        SocketModeAck? ack = null;
        try
        {
            if (JsonNode.Parse(text) is JsonObject frame && frame["envelope_id"] is JsonValue id && id.TryGetValue<string>(out var envelopeId))
            {
                ack = new SocketModeAck(envelopeId, frame["payload"]?.DeepClone() as JsonObject, context.Clock.GetUtcNow(), connection.Id);
            }
        }
        catch (JsonException)
        {
            // Not JSON: kept in ReceivedFrames only, where a test can see what the client sent.
        }

        lock (gate)
        {
            receivedFrames.Add(text);
            if (ack is not null)
            {
                acks.Add(ack);
            }
        }

        if (ack is not null)
        {
            AckReceived?.Invoke(ack);
        }
    }

    private JsonObject Hello(int openConnections) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = openConnections,
        ["debug_info"] = new JsonObject
        {
            ["host"] = "applink-fake-1",
            ["build_number"] = 1,
            ["approximate_connection_time"] = 18060,
        },
        ["connection_info"] = new JsonObject { ["app_id"] = context.Identity.AppId },
    };

    private SocketModeConnection NewestOpen() =>
        OpenConnections().LastOrDefault()
        ?? throw new InvalidOperationException(
            "No open Socket Mode connection to send on; await SocketMode.WaitForConnectionsAsync(1) first.");

    private List<SocketModeConnection> OpenConnections()
    {
        lock (gate)
        {
            return [.. connections.Where(connection => connection.IsOpen)];
        }
    }

    private List<SocketConnectionRecord> Snapshot(bool openOnly)
    {
        lock (gate)
        {
            return [.. connections.Where(connection => !openOnly || connection.IsOpen).Select(connection => connection.Snapshot())];
        }
    }
}
