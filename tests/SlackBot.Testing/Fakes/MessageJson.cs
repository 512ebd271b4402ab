using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Renders a stored message the way the Web API returns it, including the thread fields Slack derives
/// (a parent with replies gets thread_ts, reply_count, reply_users and latest_reply; a reply gets parent_user_id).</summary>
internal static class MessageJson
{
    public static JsonObject Render(FakeMessage message, IReadOnlyList<FakeMessage> channelMessages, FakeIdentity identity, bool includeMetadata)
    {
        var json = new JsonObject { ["type"] = "message" };
        if (message.Subtype is not null)
        {
            json["subtype"] = message.Subtype;
        }

        json["text"] = message.Text;
        if (message.User is not null)
        {
            json["user"] = message.User;
        }

        if (message.BotId is not null)
        {
            json["bot_id"] = message.BotId;
            if (message.BotId == identity.BotId)
            {
                json["app_id"] = identity.AppId;
                json["bot_profile"] = BotProfile(identity);
            }
        }

        json["ts"] = message.Ts;
        json["team"] = identity.TeamId;
        if (message.ClientMsgId is not null)
        {
            json["client_msg_id"] = message.ClientMsgId;
        }

        if (message.Blocks is not null)
        {
            json["blocks"] = message.Blocks.DeepClone();
        }

        if (message.Edited is not null)
        {
            json["edited"] = new JsonObject { ["user"] = message.Edited.User, ["ts"] = message.Edited.Ts };
        }

        if (message.IsReply)
        {
            json["thread_ts"] = message.ThreadTs;
            var parent = channelMessages.FirstOrDefault(candidate => candidate.Ts == message.ThreadTs);
            if (parent?.User is not null)
            {
                json["parent_user_id"] = parent.User;
            }
        }
        else
        {
            AddThreadSummary(json, message, channelMessages);
        }

        if (includeMetadata && message.Metadata is not null)
        {
            json["metadata"] = message.Metadata.DeepClone();
        }

        return json;
    }

    public static JsonObject BotProfile(FakeIdentity identity) => new()
    {
        ["id"] = identity.BotId,
        ["app_id"] = identity.AppId,
        ["name"] = identity.BotName,
        ["deleted"] = false,
        ["updated"] = 1700000000,
        ["team_id"] = identity.TeamId,
    };

    /// <summary>The rich_text block Slack attaches to a message a person typed.</summary>
    public static JsonArray RichTextBlocks(string text) =>
    [
        new JsonObject
        {
            ["type"] = "rich_text",
            ["block_id"] = FakeIdentity.Random("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5),
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "rich_text_section",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
            }),
        },
    ];

    private static void AddThreadSummary(JsonObject json, FakeMessage parent, IReadOnlyList<FakeMessage> channelMessages)
    {
        var replies = channelMessages.Where(candidate => candidate.IsReply && candidate.ThreadTs == parent.Ts).ToList();
        if (replies.Count == 0)
        {
            return;
        }

        var replyUsers = replies
            .Select(reply => reply.User ?? reply.BotId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        json["thread_ts"] = parent.Ts;
        json["reply_count"] = replies.Count;
        json["reply_users_count"] = replyUsers.Count;
        json["latest_reply"] = replies[^1].Ts;
        json["reply_users"] = SlackJsonWriter.ArrayOf(replyUsers);
        json["is_locked"] = false;
        json["subscribed"] = false;
    }
}
