using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;

namespace SlackBot.Features.Findings;

/// <summary>
/// The message a <em>Save as finding</em> modal is about, carried in the modal's <c>private_metadata</c>: a
/// submission names no message of its own, and the bot may not be able to read the message again (a DM, a channel it
/// is not in). The channel goes in <see cref="ViewMetadata.ChannelId"/> so the submission joins that channel's order.
/// </summary>
public sealed record SavedMessage(string ChannelId, string Ts, string AuthorId, string? ThreadTs)
{
    public string Serialize()
    {
        var value = new JsonObject { ["ts"] = Ts, ["author"] = AuthorId };
        if (ThreadTs is not null) value["thread_ts"] = ThreadTs;
        return new ViewMetadata(ChannelId, value.ToJsonString()).Serialize();
    }

    /// <summary>Null for metadata the bot did not write this way (or that lost a field).</summary>
    public static SavedMessage? Parse(string? privateMetadata)
    {
        var metadata = ViewMetadata.Parse(privateMetadata);
        if (metadata.ChannelId is not { } channel || !metadata.Value.StartsWith('{')) return null;
        try
        {
            var value = JsonNode.Parse(metadata.Value) as JsonObject;
            var ts = Text(value?["ts"]);
            var author = Text(value?["author"]);
            if (!SlackTs.TryParse(ts, out _) || string.IsNullOrEmpty(author)) return null;
            return new SavedMessage(channel, ts, author, Text(value?["thread_ts"]));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
