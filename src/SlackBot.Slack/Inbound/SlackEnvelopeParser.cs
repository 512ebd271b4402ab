using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace SlackBot.Slack.Inbound;

/// <summary>
/// Turns the bodies Slack sends (HTTP) and the payloads of Socket Mode envelopes into <see cref="SlackEnvelope"/>s.
/// Both receivers use it, so an event looks the same whichever way it arrived. Never throws on bad input.
/// </summary>
public static class SlackEnvelopeParser
{
    public const string HttpTransport = "http";
    public const string SocketTransport = "socket";

    /// <summary>Reads an Events API request body (JSON): handshake, event callback or rate-limit notice.</summary>
    public static EnvelopeParseResult ParseEventsBody(
        ReadOnlySpan<byte> body, DateTimeOffset receivedAt, int retryAttempt = 0, string? retryReason = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), ReaderOptions);
        }
        catch (JsonException)
        {
            return new EnvelopeParseResult.Invalid("The body is not valid JSON.");
        }

        using (document)
        {
            if (!JsonUnicode.IsReadable(document.RootElement)) return new EnvelopeParseResult.Invalid(NotUnicode);
            return ParseEventsPayload(document.RootElement, receivedAt, HttpTransport, retryAttempt, retryReason);
        }
    }

    /// <summary>Reads the payload of an Events API delivery (the <c>event_callback</c> object).</summary>
    public static EnvelopeParseResult ParseEventsPayload(
        JsonElement root, DateTimeOffset receivedAt, string transport, int retryAttempt = 0, string? retryReason = null)
    {
        if (root.ValueKind != JsonValueKind.Object) return new EnvelopeParseResult.Invalid("The body is not a JSON object.");

        switch (GetString(root, "type"))
        {
            case "url_verification":
                var challenge = GetString(root, "challenge");
                return string.IsNullOrEmpty(challenge)
                    ? new EnvelopeParseResult.Invalid("url_verification without a challenge.")
                    : new EnvelopeParseResult.UrlVerification(challenge);

            case "app_rate_limited":
                return new EnvelopeParseResult.RateLimited(
                    root.TryGetProperty("minute_rate_limited", out var minute) && minute.ValueKind == JsonValueKind.Number && minute.TryGetInt64(out var value) ? value : 0);

            case "event_callback":
                if (!root.TryGetProperty("event", out var inner) || inner.ValueKind != JsonValueKind.Object)
                    return new EnvelopeParseResult.Invalid("event_callback without an event object.");
                var eventType = GetString(inner, "type");
                if (string.IsNullOrEmpty(eventType)) return new EnvelopeParseResult.Invalid("The event has no type.");
                var eventId = GetString(root, "event_id");
                if (string.IsNullOrEmpty(eventId)) return new EnvelopeParseResult.Invalid("event_callback without an event_id.");
                return new EnvelopeParseResult.Delivery(new SlackEnvelope(
                    "ev:" + eventId, EnvelopeKind.Event, eventType, root.GetRawText(), receivedAt, transport,
                    retryAttempt, string.IsNullOrEmpty(retryReason) ? null : retryReason)
                {
                    OrderingKey = EnvelopeOrder.KeyFor(EnvelopeKind.Event, root),
                });

            case null:
                return new EnvelopeParseResult.Invalid("The body has no type.");

            default:
                return new EnvelopeParseResult.Invalid("Unsupported callback type.");
        }
    }

    /// <summary>Reads a slash-command request body (<c>application/x-www-form-urlencoded</c>).</summary>
    public static EnvelopeParseResult ParseCommandForm(string body, DateTimeOffset receivedAt)
    {
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form;
        try
        {
            form = new FormReader(body).ReadForm();
        }
        catch (InvalidDataException)
        {
            return new EnvelopeParseResult.Invalid("The form body is malformed.");
        }

        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1") return new EnvelopeParseResult.SslCheck();

        var fields = new JsonObject();
        foreach (var (key, value) in form) fields[key] = value.ToString();
        return ParseCommandFields(fields, receivedAt, HttpTransport, fallbackId: null);
    }

    /// <summary>Reads the payload of a Socket Mode <c>slash_commands</c> envelope (the form fields as JSON).</summary>
    public static EnvelopeParseResult ParseCommandPayload(JsonElement payload, DateTimeOffset receivedAt, string envelopeId)
    {
        if (payload.ValueKind != JsonValueKind.Object) return new EnvelopeParseResult.Invalid("The command payload is not an object.");
        // Field by field rather than JsonNode.Parse: a JsonObject throws on a repeated name, and Slack never repeats one.
        var fields = new JsonObject();
        foreach (var property in payload.EnumerateObject())
        {
            if (fields.ContainsKey(property.Name)) return new EnvelopeParseResult.Invalid("The command payload repeats a field.");
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? JsonValue.Create(property.Value.GetString())
                : JsonValue.Create(property.Value.Clone());
        }

        return ParseCommandFields(fields, receivedAt, SocketTransport, envelopeId);
    }

    /// <summary>Reads an interactivity request body: a form with one <c>payload</c> field holding JSON.</summary>
    public static EnvelopeParseResult ParseInteractionForm(string body, DateTimeOffset receivedAt)
    {
        string? payload;
        try
        {
            var form = new FormReader(body).ReadForm();
            payload = form.TryGetValue("payload", out var value) ? value.ToString() : null;
        }
        catch (InvalidDataException)
        {
            return new EnvelopeParseResult.Invalid("The form body is malformed.");
        }

        if (string.IsNullOrEmpty(payload)) return new EnvelopeParseResult.Invalid("The form has no payload field.");
        try
        {
            using var document = JsonDocument.Parse(payload, ReaderOptions);
            if (!JsonUnicode.IsReadable(document.RootElement)) return new EnvelopeParseResult.Invalid(NotUnicode);
            return ParseInteractionPayload(document.RootElement, receivedAt, HttpTransport, fallbackId: null);
        }
        catch (JsonException)
        {
            return new EnvelopeParseResult.Invalid("The payload field is not valid JSON.");
        }
    }

    /// <summary>Reads an interaction payload (block_actions, view_submission, shortcut, …).</summary>
    public static EnvelopeParseResult ParseInteractionPayload(
        JsonElement payload, DateTimeOffset receivedAt, string transport, string? fallbackId)
    {
        if (payload.ValueKind != JsonValueKind.Object) return new EnvelopeParseResult.Invalid("The interaction payload is not an object.");
        var type = GetString(payload, "type");
        if (string.IsNullOrEmpty(type)) return new EnvelopeParseResult.Invalid("The interaction payload has no type.");

        // An empty trigger_id is no id: every such payload would otherwise share "ia:" and all but one be dropped as repeats.
        var id = "ia:" + (GetString(payload, "trigger_id") is { Length: > 0 } trigger ? trigger : fallbackId ?? Guid.NewGuid().ToString("N"));
        return new EnvelopeParseResult.Delivery(new SlackEnvelope(id, EnvelopeKind.Interaction, type, payload.GetRawText(), receivedAt, transport)
        {
            OrderingKey = EnvelopeOrder.KeyFor(EnvelopeKind.Interaction, payload),
        });
    }

    private static EnvelopeParseResult ParseCommandFields(JsonObject fields, DateTimeOffset receivedAt, string transport, string? fallbackId)
    {
        var command = AsString(fields["command"]);
        if (string.IsNullOrEmpty(command) || command[0] != '/' || command.Length < 2)
            return new EnvelopeParseResult.Invalid("The form has no slash command.");

        // Slack does not retry slash commands, and each invocation carries a fresh trigger_id.
        var id = "cmd:" + (AsString(fields["trigger_id"]) is { Length: > 0 } trigger ? trigger : fallbackId ?? Guid.NewGuid().ToString("N"));
        var payload = fields.ToJsonString();
        return new EnvelopeParseResult.Delivery(new SlackEnvelope(
            id, EnvelopeKind.Command, command, payload, receivedAt, transport)
        {
            OrderingKey = EnvelopeOrder.KeyFor(EnvelopeKind.Command, payload),
        });
    }

    private static string? GetString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Why a body holding a lone surrogate or invalid UTF-8 inside a string is refused.</summary>
    public const string NotUnicode = "The body holds text that is not valid Unicode.";

    // Slack's own documentation examples carry trailing commas; accepting them costs nothing.
    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowTrailingCommas = true, MaxDepth = 64 };
}
