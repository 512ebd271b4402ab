using System.Globalization;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Builds what Slack sends to the app, shared by the HTTP sender and the Socket Mode server: the
/// event_callback envelope, message events for people's messages, slash-command fields, interaction payloads.</summary>
internal sealed class SlackPayloads(FakeSlackContext context)
{
    private int eventCount;

    public string NextEventId() => $"Ev0FAKE{Interlocked.Increment(ref eventCount):D6}";

    /// <summary>Wraps an inner event like docs example E1/E2. <c>event_ts</c> is added when the event lacks one.</summary>
    public JsonObject EventCallback(JsonObject innerEvent, string? eventId)
    {
        var identity = context.Identity;
        var now = context.Clock.GetUtcNow();
        var inner = (JsonObject)innerEvent.DeepClone();
        if (!inner.ContainsKey("event_ts"))
        {
            inner["event_ts"] = inner["ts"] is JsonValue ts && ts.TryGetValue<string>(out var text) ? text : SlackTimestamps.FromTime(now);
        }

        var type = inner["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var typeText) ? typeText : "event";
        var channel = inner["channel"] is JsonValue channelValue && channelValue.TryGetValue<string>(out var channelText) ? channelText : "none";
        return new JsonObject
        {
            ["token"] = identity.VerificationToken,
            ["team_id"] = identity.TeamId,
            ["api_app_id"] = identity.AppId,
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = eventId ?? NextEventId(),
            ["event_time"] = now.ToUnixTimeSeconds(),
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null,
                ["team_id"] = identity.TeamId,
                ["user_id"] = identity.BotUserId,
                ["is_bot"] = true,
                ["is_enterprise_install"] = false,
            }),
            ["is_ext_shared_channel"] = false,
            ["event_context"] = $"4-{type}-{identity.TeamId}-{channel}",
        };
    }

    /// <summary>Stores a message a person typed and returns it with the message event Slack would deliver for it.</summary>
    public (FakeMessage Message, FakeChannel Channel, JsonObject Event) PostUserMessage(string channelId, string user, string text, string? threadTs)
    {
        var message = AddUserMessage(channelId, user, text, threadTs);
        var channel = context.Workspace.FindChannel(message.Channel)!;
        var inner = new JsonObject
        {
            ["client_msg_id"] = message.ClientMsgId,
            ["type"] = "message",
            ["text"] = message.Text,
            ["user"] = message.User,
            ["ts"] = message.Ts,
            ["blocks"] = message.Blocks?.DeepClone(),
            ["team"] = context.Identity.TeamId,
        };
        if (message.IsReply)
        {
            inner["thread_ts"] = message.ThreadTs;
            var parent = context.Workspace.FindMessage(channel.Id, message.ThreadTs);
            if (parent?.User is not null)
            {
                inner["parent_user_id"] = parent.User;
            }
        }

        inner["channel"] = channel.Id;
        inner["event_ts"] = message.Ts;
        inner["channel_type"] = channel.MessageChannelType;
        return (message, channel, inner);
    }

    public FakeMessage AddUserMessage(string channelId, string user, string text, string? threadTs)
    {
        var workspace = context.Workspace;
        var channel = workspace.FindChannel(channelId)
            ?? throw new ArgumentException($"The fake has no channel '{channelId}'. Add it with AddChannel first.", nameof(channelId));
        if (threadTs is not null && workspace.FindMessage(channel.Id, threadTs) is null)
        {
            throw new ArgumentException($"There is no message {threadTs} in {channelId} to reply to.", nameof(threadTs));
        }

        return workspace.AddMessage(ts => new FakeMessage(channel.Id, ts, user, BotId: null, text, threadTs,
            MessageJson.RichTextBlocks(text), Metadata: null, Edited: null, Subtype: null, ClientMsgId: Guid.NewGuid().ToString()));
    }

    /// <summary>The fields of a slash command in Slack's order (§3.1), with a fresh response_url and trigger_id.</summary>
    public SlashCommandFields SlashCommand(string command, string text, string userId, string channelId, string? channelName)
    {
        var identity = context.Identity;
        var workspace = context.Workspace;
        var interactions = context.Interactions;
        var channel = workspace.FindChannel(channelId);
        var responseUrl = new Uri(context.BaseUrl, $"response/{interactions.IssueResponseUrlId()}");
        var triggerId = interactions.IssueTrigger(userId);
        List<KeyValuePair<string, string>> fields =
        [
            new("token", identity.VerificationToken),
            new("team_id", identity.TeamId),
            new("team_domain", identity.TeamDomain),
            new("channel_id", channelId),
            new("channel_name", channelName ?? channel?.Name ?? (channelId.StartsWith('D') ? "directmessage" : "privategroup")),
            new("user_id", userId),
            new("user_name", workspace.FindUser(userId)?.Name ?? userId),
            new("command", command),
            new("text", text),
            new("api_app_id", identity.AppId),
            new("is_enterprise_install", "false"),
            new("response_url", responseUrl.ToString()),
            new("trigger_id", triggerId),
        ];
        return new SlashCommandFields(fields, responseUrl, triggerId);
    }

    /// <summary>Fills in what Slack always puts in an interaction payload when a test left it out: app and team,
    /// a trigger_id views.open accepts, and (for message actions and buttons) a response_url. A trigger_id the test
    /// wrote itself is registered so that views.open accepts it too.</summary>
    public JsonObject Interaction(JsonObject payload)
    {
        var identity = context.Identity;
        var interactions = context.Interactions;
        var enriched = (JsonObject)payload.DeepClone();
        enriched["token"] ??= identity.VerificationToken;
        enriched["api_app_id"] ??= identity.AppId;
        enriched["team"] ??= new JsonObject { ["id"] = identity.TeamId, ["domain"] = identity.TeamDomain };
        var userId = enriched["user"]?["id"]?.GetValue<string>();
        if (enriched["trigger_id"]?.GetValue<string>() is { } triggerId)
        {
            interactions.RegisterTrigger(triggerId, userId);
        }
        else
        {
            enriched["trigger_id"] = interactions.IssueTrigger(userId);
        }

        var type = enriched["type"]?.GetValue<string>();
        if (type is "block_actions" or "message_action" && enriched["response_url"] is null && enriched["view"] is null)
        {
            enriched["response_url"] = new Uri(context.BaseUrl, $"response/{interactions.IssueResponseUrlId()}").ToString();
        }

        return enriched;
    }

    /// <summary>
    /// A <c>message_action</c> as Slack sends it when <paramref name="userId"/> picks the app's message shortcut on a
    /// stored message (shape of java-slack-sdk's MessageShortcutPayload sample): the message travels in the payload,
    /// so the bot need not be able to read the conversation. Carries a fresh trigger_id views.open accepts and a
    /// response_url on this fake.
    /// </summary>
    public JsonObject MessageShortcut(string callbackId, string userId, string channelId, string messageTs)
    {
        var identity = context.Identity;
        var workspace = context.Workspace;
        var channel = workspace.FindChannel(channelId)
            ?? throw new ArgumentException($"The fake has no channel '{channelId}'. Add it with AddChannel first.", nameof(channelId));
        var message = workspace.FindMessage(channel.Id, messageTs)
            ?? throw new ArgumentException($"There is no message {messageTs} in {channelId}. Add it with AddMessage first.", nameof(messageTs));
        var user = workspace.FindUser(userId);
        var interactions = context.Interactions;

        var shown = new JsonObject
        {
            ["type"] = "message",
            ["text"] = message.Text,
            ["ts"] = message.Ts,
            ["team"] = identity.TeamId,
        };
        if (message.ClientMsgId is not null) shown["client_msg_id"] = message.ClientMsgId;
        if (message.User is not null) shown["user"] = message.User;
        if (message.BotId is not null)
        {
            shown["bot_id"] = message.BotId;
            shown["subtype"] = message.Subtype ?? "bot_message";
        }
        else if (message.Subtype is not null)
        {
            shown["subtype"] = message.Subtype;
        }

        if (message.IsReply) shown["thread_ts"] = message.ThreadTs;
        if (message.Blocks is not null) shown["blocks"] = message.Blocks.DeepClone();

        return new JsonObject
        {
            ["type"] = "message_action",
            ["token"] = identity.VerificationToken,
            ["action_ts"] = SlackTimestamps.FromTime(context.Clock.GetUtcNow()),
            ["team"] = new JsonObject { ["id"] = identity.TeamId, ["domain"] = identity.TeamDomain },
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = user?.Name ?? userId, ["team_id"] = identity.TeamId, ["name"] = user?.Name ?? userId },
            ["channel"] = new JsonObject { ["id"] = channel.Id, ["name"] = channel.IsIm ? "directmessage" : channel.Name },
            ["is_enterprise_install"] = false,
            ["enterprise"] = null,
            ["callback_id"] = callbackId,
            ["trigger_id"] = interactions.IssueTrigger(userId),
            ["response_url"] = new Uri(context.BaseUrl, $"response/{interactions.IssueResponseUrlId()}").ToString(),
            ["message_ts"] = message.Ts,
            ["message"] = shown,
        };
    }

    public static string FormEncode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(field =>
            string.Create(CultureInfo.InvariantCulture, $"{System.Net.WebUtility.UrlEncode(field.Key)}={System.Net.WebUtility.UrlEncode(field.Value)}")));
}

/// <summary>A slash command's form fields plus the handles issued for it.</summary>
internal sealed record SlashCommandFields(IReadOnlyList<KeyValuePair<string, string>> Fields, Uri ResponseUrl, string TriggerId);
