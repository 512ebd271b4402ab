using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>
/// Inner events the fake's sender does not build itself, shaped like Slack's documented examples: other apps' posts,
/// reactions, edits, deletions and channel archives. Wrap them with <see cref="SignedRequestSender.SendEventAsync"/>.
/// </summary>
public static class SlackEvents
{
    /// <summary>Another app's post in the given <paramref name="shape"/>.</summary>
    public static JsonObject FromApp(AppPostShape shape, string channel, string ts, string text, string botId, string botUserId, string appName) =>
        shape == AppPostShape.LegacyBotMessage
            ? LegacyBotMessage(channel, ts, text, botId, appName)
            : AppPost(channel, ts, text, botId, botUserId, appName);

    /// <summary>Another app's post as a bot token sends it today: the app's bot user, its bot_id and bot_profile.</summary>
    public static JsonObject AppPost(string channel, string ts, string text, string botId, string botUserId, string appName) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["user"] = botUserId,
        ["bot_id"] = botId,
        ["app_id"] = "A" + botId[1..],
        ["bot_profile"] = new JsonObject
        {
            ["id"] = botId, ["app_id"] = "A" + botId[1..], ["name"] = appName, ["deleted"] = false, ["team_id"] = "T0FAKE",
        },
        ["ts"] = ts,
        ["channel"] = channel,
        ["event_ts"] = ts,
        ["channel_type"] = "channel",
    };

    /// <summary>An app's post in the older shape (incoming webhooks, legacy integrations): subtype bot_message, no user.</summary>
    public static JsonObject LegacyBotMessage(string channel, string ts, string text, string botId, string username) => new()
    {
        ["type"] = "message",
        ["subtype"] = "bot_message",
        ["text"] = text,
        ["bot_id"] = botId,
        ["username"] = username,
        ["ts"] = ts,
        ["channel"] = channel,
        ["event_ts"] = ts,
        ["channel_type"] = "channel",
    };

    /// <summary><c>reaction_added</c> or <c>reaction_removed</c> on a message.</summary>
    public static JsonObject Reaction(string type, string user, string reaction, FakeMessage message, string eventTs) => new()
    {
        ["type"] = type,
        ["user"] = user,
        ["reaction"] = reaction,
        ["item_user"] = message.User,
        ["item"] = new JsonObject { ["type"] = "message", ["channel"] = message.Channel, ["ts"] = message.Ts },
        ["event_ts"] = eventTs,
    };

    /// <summary>A person edited their message: subtype message_changed, the new version nested under <c>message</c>.</summary>
    public static JsonObject MessageChanged(FakeMessage original, string newText, string eventTs)
    {
        var edited = Nested(original, newText);
        edited["edited"] = new JsonObject { ["user"] = original.User, ["ts"] = eventTs };
        return new JsonObject
        {
            ["type"] = "message",
            ["subtype"] = "message_changed",
            ["hidden"] = true,
            ["message"] = edited,
            ["channel"] = original.Channel,
            ["previous_message"] = Nested(original, original.Text),
            ["event_ts"] = eventTs,
            ["ts"] = eventTs,
            ["channel_type"] = "channel",
        };
    }

    /// <summary>A message was deleted: subtype message_deleted with deleted_ts and the message as it was.</summary>
    public static JsonObject MessageDeleted(FakeMessage original, string eventTs) => new()
    {
        ["type"] = "message",
        ["subtype"] = "message_deleted",
        ["hidden"] = true,
        ["deleted_ts"] = original.Ts,
        ["channel"] = original.Channel,
        ["previous_message"] = Nested(original, original.Text),
        ["event_ts"] = eventTs,
        ["ts"] = eventTs,
        ["channel_type"] = "channel",
    };

    /// <summary>
    /// A thread parent with replies was deleted: Slack keeps it as a tombstone and says so with a
    /// <c>message_changed</c> whose new message has subtype <c>tombstone</c>.
    /// </summary>
    public static JsonObject Tombstone(FakeMessage original, string eventTs)
    {
        var changed = MessageChanged(original, "This message was deleted.", eventTs);
        var tombstone = changed["message"]!.AsObject();
        tombstone.Remove("edited");
        tombstone.Remove("client_msg_id");
        tombstone["subtype"] = "tombstone";
        tombstone["hidden"] = true;
        tombstone["user"] = "USLACKBOT";
        tombstone["thread_ts"] = original.Ts;
        tombstone["reply_count"] = 1;
        return changed;
    }

    /// <summary>The top-level <c>channel_archive</c> event (channel is just the id here).</summary>
    public static JsonObject ChannelArchive(string channel, string user) => new()
    {
        ["type"] = "channel_archive",
        ["channel"] = channel,
        ["user"] = user,
        ["is_moved"] = 0,
    };

    private static JsonObject Nested(FakeMessage message, string text)
    {
        var nested = new JsonObject { ["type"] = "message", ["text"] = text };
        if (message.User is not null) nested["user"] = message.User;
        if (message.BotId is not null) nested["bot_id"] = message.BotId;
        nested["ts"] = message.Ts;
        if (message.IsReply) nested["thread_ts"] = message.ThreadTs;
        if (message.ClientMsgId is not null) nested["client_msg_id"] = message.ClientMsgId;
        return nested;
    }
}
