using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Slack.Blocks;

/// <summary>
/// What a modal carries in its <c>private_metadata</c>: the listener's own value, and the channel the modal was
/// opened from. A <c>view_submission</c> names no channel of its own; this lets it take its place in that
/// channel's order. Metadata that is not in this shape (an older modal, another app's convention) reads as a
/// value without a channel.
/// </summary>
public sealed record ViewMetadata(string? ChannelId, string Value)
{
    private const string ChannelField = "channel";
    private const string ValueField = "value";

    /// <summary>The string for <see cref="BlockKit.Modal"/>'s <c>privateMetadata</c> (Slack allows 3000 characters).</summary>
    public string Serialize()
    {
        var json = new JsonObject { [ValueField] = Value };
        if (!string.IsNullOrEmpty(ChannelId)) json[ChannelField] = ChannelId;
        return json.ToJsonString();
    }

    /// <summary>Reads <c>private_metadata</c> as the bot wrote it; anything else is taken as a plain value.</summary>
    public static ViewMetadata Parse(string? privateMetadata)
    {
        if (string.IsNullOrEmpty(privateMetadata)) return new ViewMetadata(null, "");
        if (privateMetadata[0] != '{') return new ViewMetadata(null, privateMetadata);
        try
        {
            using var document = JsonDocument.Parse(privateMetadata);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(ValueField, out var value) || value.ValueKind != JsonValueKind.String)
                return new ViewMetadata(null, privateMetadata);
            var channel = root.TryGetProperty(ChannelField, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            return new ViewMetadata(string.IsNullOrEmpty(channel) ? null : channel, value.GetString()!);
        }
        catch (JsonException)
        {
            return new ViewMetadata(null, privateMetadata);
        }
    }
}
