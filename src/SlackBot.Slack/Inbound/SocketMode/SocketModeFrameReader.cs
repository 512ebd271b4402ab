using System.Text.Json;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>Reads the text of one Socket Mode message into a <see cref="SocketModeFrame"/>. Never throws on bad input.</summary>
internal static class SocketModeFrameReader
{
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    // Reasons quote at most this much of a value Slack (or whoever is on the other end) chose.
    private const int MaxQuotedLength = 40;

    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowTrailingCommas = true, MaxDepth = 64 };

    public static SocketModeFrame Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, ReaderOptions);
        }
        catch (JsonException)
        {
            return new SocketModeFrame.Unreadable("not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new SocketModeFrame.Unreadable("not a JSON object");
            if (!JsonUnicode.IsReadable(root)) return new SocketModeFrame.Unreadable("text that is not valid Unicode");

            return GetString(root, "type") switch
            {
                "hello" => ReadHello(root),
                "disconnect" => new SocketModeFrame.Disconnect(GetString(root, "reason") is { Length: > 0 } reason ? reason : "unspecified"),
                EventsApi or SlashCommands or Interactive => ReadEnvelope(root, GetString(root, "type")!),
                null => new SocketModeFrame.Unreadable("no type"),
                var unknown => new SocketModeFrame.Unreadable($"unknown type '{Quote(unknown)}'"),
            };
        }
    }

    private static SocketModeFrame.Hello ReadHello(JsonElement root) => new(
        root.TryGetProperty("connection_info", out var info) && info.ValueKind == JsonValueKind.Object ? GetString(info, "app_id") : null,
        GetInt(root, "num_connections"),
        root.TryGetProperty("debug_info", out var debug) && debug.ValueKind == JsonValueKind.Object ? GetInt(debug, "approximate_connection_time") : null);

    private static SocketModeFrame ReadEnvelope(JsonElement root, string type)
    {
        var envelopeId = GetString(root, "envelope_id");
        if (string.IsNullOrEmpty(envelopeId)) return new SocketModeFrame.Unreadable($"{type} without an envelope_id");

        // Cloned: the payload outlives this document while the envelope is dispatched.
        var payload = root.TryGetProperty("payload", out var value) ? value.Clone() : default;
        var accepts = root.TryGetProperty("accepts_response_payload", out var flag) && flag.ValueKind == JsonValueKind.True;
        var retryAttempt = Math.Max(GetInt(root, "retry_attempt") ?? 0, 0);
        var retryReason = GetString(root, "retry_reason") is { Length: > 0 } reason ? reason : null;
        return new SocketModeFrame.Envelope(envelopeId, type, payload, accepts, retryAttempt, retryReason);
    }

    private static string? GetString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? GetInt(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static string Quote(string value) => value.Length <= MaxQuotedLength ? value : value[..MaxQuotedLength] + "…";
}
