using System.Text.Json;
using SlackBot.Slack.Blocks;

namespace SlackBot.Slack.Inbound;

/// <summary>
/// The ordering key of a delivery: envelopes with the same key take effect one at a time, in the order the bot
/// acknowledged them; different keys may be processed side by side. The key is the channel the delivery is
/// about (so a command typed right after a message sees that message), else the person (<c>user:U…</c>), else
/// <see cref="Global"/>. Pure, and never throws on odd payloads.
/// </summary>
public static class EnvelopeOrder
{
    /// <summary>For deliveries that name neither a channel nor a person: they are ordered with each other.</summary>
    public const string Global = "global";

    public const string UserPrefix = "user:";

    /// <summary>The key of a stored payload (the <see cref="SlackEnvelope.Payload"/> text).</summary>
    public static string KeyFor(EnvelopeKind kind, string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return KeyFor(kind, document.RootElement);
        }
        catch (JsonException)
        {
            return Global;
        }
    }

    /// <param name="payload">The <c>event_callback</c> body for events, the command's fields, or the interaction payload.</param>
    public static string KeyFor(EnvelopeKind kind, JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object) return Global;
        return kind switch
        {
            EnvelopeKind.Event => payload.TryGetProperty("event", out var inner) && inner.ValueKind == JsonValueKind.Object ? EventKey(inner) : Global,
            EnvelopeKind.Command => Channel(String(payload, "channel_id")) ?? User(String(payload, "user_id")) ?? Global,
            EnvelopeKind.Interaction => InteractionKey(payload),
            _ => Global,
        };
    }

    // message, app_mention, channel_archive, member_joined_channel: "channel" is the id; channel_created and
    // channel_rename: an object with an id; reactions: the reacted item's channel; pins and files: "channel_id".
    private static string EventKey(JsonElement inner) =>
        Channel(String(inner, "channel"))
        ?? Channel(Nested(inner, "channel", "id"))
        ?? Channel(Nested(inner, "item", "channel"))
        ?? Channel(String(inner, "channel_id"))
        ?? User(String(inner, "user"))
        ?? User(Nested(inner, "user", "id"))
        ?? Global;

    // block_actions and message shortcuts name the channel; a modal's submission (and a button inside a modal)
    // only through the metadata the bot gave the modal; a global shortcut names just the person.
    private static string InteractionKey(JsonElement payload) =>
        Channel(Nested(payload, "channel", "id"))
        ?? Channel(Nested(payload, "container", "channel_id"))
        ?? Channel(ViewMetadata.Parse(Nested(payload, "view", "private_metadata")).ChannelId)
        ?? User(Nested(payload, "user", "id"))
        ?? Global;

    private static string? Channel(string? id) => string.IsNullOrEmpty(id) ? null : id;

    private static string? User(string? id) => string.IsNullOrEmpty(id) ? null : UserPrefix + id;

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Nested(JsonElement element, string property, string inner) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? String(value, inner) : null;
}
