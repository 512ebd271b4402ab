using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch.Commands;

/// <summary>
/// What a command answers. Sent in the acknowledgement when it is ready within Slack's 3 seconds, otherwise
/// posted to the command's <c>response_url</c>. Ephemeral unless <see cref="InChannel"/>.
/// </summary>
public sealed record CommandReply(string Text, JsonArray? Blocks = null, bool InChannel = false)
{
    public static CommandReply Ephemeral(string text, JsonArray? blocks = null) => new(text, blocks);

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["response_type"] = InChannel ? "in_channel" : "ephemeral",
            ["text"] = Text,
        };
        if (Blocks is not null) json["blocks"] = Blocks.DeepClone();
        return json;
    }
}
