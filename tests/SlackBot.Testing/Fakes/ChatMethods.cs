using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>chat.postMessage, chat.postEphemeral, chat.update and chat.getPermalink.</summary>
internal static class ChatMethods
{
    /// <summary>Slack's cap on blocks in one message.</summary>
    private const int MaxBlocks = 50;

    public static JsonObject PostMessage(WebApiCall call)
    {
        var args = call.Args;
        var channel = WritableChannel(call, args.NonEmpty("channel"));
        var text = args.String("text") ?? "";
        var blocks = Blocks(args);
        var metadata = Metadata(args);
        RequireContent(text, blocks, args);
        var threadTs = args.NonEmpty("thread_ts");
        var broadcast = threadTs is not null && args.Bool("reply_broadcast");
        var identity = call.Identity;
        var message = call.Workspace.AddMessage(ts => new FakeMessage(channel.Id, ts, identity.BotUserId, identity.BotId,
            text, threadTs, blocks, metadata, Edited: null, Subtype: broadcast ? "thread_broadcast" : null));

        var result = WebApiCall.Ok();
        result["channel"] = channel.Id;
        result["ts"] = message.Ts;
        result["message"] = MessageJson.Render(message, call.Workspace.MessagesIn(channel.Id), identity, includeMetadata: true);
        return result;
    }

    public static JsonObject PostEphemeral(WebApiCall call)
    {
        var args = call.Args;
        var channel = WritableChannel(call, args.NonEmpty("channel"));
        var user = args.NonEmpty("user");
        if (call.Workspace.FindUser(user) is null)
        {
            throw new WebApiError("user_not_in_channel");
        }

        var text = args.String("text") ?? "";
        var blocks = Blocks(args);
        RequireContent(text, blocks, args);
        var messageTs = call.Context.Timestamps.Next();
        call.Workspace.AddEphemeral(new FakeEphemeralMessage(channel.Id, user!, messageTs, text, args.NonEmpty("thread_ts"), blocks));

        var result = WebApiCall.Ok();
        result["message_ts"] = messageTs;
        return result;
    }

    public static JsonObject Update(WebApiCall call)
    {
        var args = call.Args;
        var channel = call.Workspace.ResolveConversation(args.NonEmpty("channel")) ?? throw new WebApiError("channel_not_found");
        var existing = call.Workspace.FindMessage(channel.Id, args.NonEmpty("ts")) ?? throw new WebApiError("message_not_found");
        if (existing.BotId != call.Identity.BotId)
        {
            throw new WebApiError("cant_update_message");
        }

        var text = args.String("text");
        var blocks = Blocks(args);
        var metadata = Metadata(args);
        if (string.IsNullOrEmpty(text) && blocks is null or [] && args.NonEmpty("attachments") is null)
        {
            throw new WebApiError("no_text");
        }

        // Slack keeps the previous blocks (and metadata) when an update leaves them out.
        var updated = call.Workspace.ReplaceMessage(existing with
        {
            Text = text ?? existing.Text,
            Blocks = blocks ?? existing.Blocks,
            Metadata = metadata ?? existing.Metadata,
            Edited = new FakeEdit(call.Identity.BotUserId, call.Context.Timestamps.Next()),
        });

        var result = WebApiCall.Ok();
        result["channel"] = channel.Id;
        result["ts"] = updated.Ts;
        result["text"] = updated.Text;
        result["message"] = MessageJson.Render(updated, call.Workspace.MessagesIn(channel.Id), call.Identity, includeMetadata: true);
        return result;
    }

    public static JsonObject GetPermalink(WebApiCall call)
    {
        var args = call.Args;
        var channel = call.Workspace.FindChannel(args.NonEmpty("channel")) ?? throw new WebApiError("channel_not_found");
        var message = call.Workspace.FindMessage(channel.Id, args.Required("message_ts")) ?? throw new WebApiError("message_not_found");

        var result = WebApiCall.Ok();
        result["channel"] = channel.Id;
        result["permalink"] = Permalink(channel.Id, message);
        return result;
    }

    public static string Permalink(string channel, FakeMessage message)
    {
        var link = $"https://fake.slack.com/archives/{channel}/p{message.Ts.Replace(".", "", StringComparison.Ordinal)}";
        return message.IsReply ? $"{link}?thread_ts={message.ThreadTs}&cid={channel}" : link;
    }

    /// <summary>A conversation the bot may post into, with Slack's errors in Slack's order. A private channel the bot
    /// is not in does not exist as far as the bot can tell.</summary>
    internal static FakeChannel WritableChannel(WebApiCall call, string? channelId)
    {
        var channel = call.Workspace.ResolveConversation(channelId);
        if (channel is null || (channel.IsPrivate && !channel.BotIsMember))
        {
            throw new WebApiError("channel_not_found");
        }

        if (channel.IsArchived)
        {
            throw new WebApiError("is_archived");
        }

        return channel.BotIsMember ? channel : throw new WebApiError("not_in_channel");
    }

    private static JsonArray? Blocks(WebApiArgs args)
    {
        var blocks = args.Array("blocks", "invalid_blocks_format");
        if (blocks is not null && (blocks.Count > MaxBlocks || blocks.Any(block => block is not JsonObject { } obj || obj["type"] is null)))
        {
            throw new WebApiError("invalid_blocks");
        }

        return blocks;
    }

    private static JsonObject? Metadata(WebApiArgs args)
    {
        var metadata = args.Object("metadata", "invalid_metadata_format");
        if (metadata is not null && (metadata["event_type"] is not JsonValue || metadata["event_payload"] is not JsonObject))
        {
            throw new WebApiError("invalid_metadata_schema");
        }

        return metadata;
    }

    private static void RequireContent(string text, JsonArray? blocks, WebApiArgs args)
    {
        if (text.Length == 0 && blocks is null or [] && args.NonEmpty("attachments") is null)
        {
            throw new WebApiError("no_text");
        }
    }
}
