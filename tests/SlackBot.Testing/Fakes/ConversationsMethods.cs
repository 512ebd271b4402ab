using System.Text;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>conversations.info, .history, .replies, .join, .list and .members.</summary>
internal static class ConversationsMethods
{
    private const int DefaultPageSize = 100;
    private const int MaxHistoryPageSize = 999;
    private const int MaxRepliesPageSize = 1000;

    public static JsonObject Info(WebApiCall call)
    {
        var channel = VisibleChannel(call, call.Args.NonEmpty("channel"));
        var result = WebApiCall.Ok();
        result["channel"] = ChannelJson(channel);
        return result;
    }

    /// <summary>Top-level messages (and broadcast replies), newest first, between <c>oldest</c> and <c>latest</c>.
    /// The cursor names the last ts returned; the next page continues below it.</summary>
    public static JsonObject History(WebApiCall call)
    {
        var args = call.Args;
        var channel = ReadableChannel(call, args.NonEmpty("channel"));
        var window = TimeWindow.From(args);
        var before = DecodeCursor(args.NonEmpty("cursor"));
        var limit = PageSize(args, MaxHistoryPageSize);
        var includeMetadata = args.Bool("include_all_metadata");

        var all = call.Workspace.MessagesIn(channel.Id);
        var matching = all
            .Where(message => message.IsVisibleInChannel && window.Contains(message.Ts))
            .Where(message => before is null || SlackTimestamps.Parse(message.Ts) < before)
            .Reverse()
            .ToList();
        var page = matching.Take(limit).ToList();
        var hasMore = matching.Count > page.Count;

        var result = WebApiCall.Ok();
        result["messages"] = SlackJsonWriter.ArrayOf(page.Select(message =>
            (JsonNode?)MessageJson.Render(message, all, call.Identity, includeMetadata)));
        result["has_more"] = hasMore;
        result["pin_count"] = 0;
        if (hasMore)
        {
            result["response_metadata"] = new JsonObject { ["next_cursor"] = EncodeCursor(page[^1].Ts) };
        }

        return result;
    }

    /// <summary>The parent first (on the first page), then its replies oldest first. The cursor names the last reply returned.</summary>
    public static JsonObject Replies(WebApiCall call)
    {
        var args = call.Args;
        var channel = ReadableChannel(call, args.NonEmpty("channel"));
        var ts = args.Required("ts");
        var all = call.Workspace.MessagesIn(channel.Id);
        var asked = all.FirstOrDefault(message => message.Ts == ts) ?? throw new WebApiError("thread_not_found");
        var parent = asked.IsReply ? all.FirstOrDefault(message => message.Ts == asked.ThreadTs) ?? asked : asked;
        var window = TimeWindow.From(args);
        var after = DecodeCursor(args.NonEmpty("cursor"));
        var limit = PageSize(args, MaxRepliesPageSize);
        var includeMetadata = args.Bool("include_all_metadata");

        var thread = new List<FakeMessage>();
        if (after is null)
        {
            thread.Add(parent);
        }

        thread.AddRange(all.Where(message => message.IsReply && message.ThreadTs == parent.Ts && window.Contains(message.Ts)
            && (after is null || SlackTimestamps.Parse(message.Ts) > after)));
        var page = thread.Take(limit).ToList();
        var hasMore = thread.Count > page.Count;

        var result = WebApiCall.Ok();
        result["messages"] = SlackJsonWriter.ArrayOf(page.Select(message =>
            (JsonNode?)MessageJson.Render(message, all, call.Identity, includeMetadata)));
        result["has_more"] = hasMore;
        if (hasMore)
        {
            result["response_metadata"] = new JsonObject { ["next_cursor"] = EncodeCursor(page[^1].Ts) };
        }

        return result;
    }

    /// <summary>One user id opens (or finds) the app's direct message with that person; the answer carries only its id,
    /// as Slack's does without <c>return_im</c>. Group DMs (several ids) are not modelled.</summary>
    public static JsonObject Open(WebApiCall call)
    {
        var users = call.Args.NonEmpty("users") ?? throw new WebApiError("users_list_not_supplied");
        if (users.Contains(',', StringComparison.Ordinal))
        {
            throw new WebApiError("not_supported", "[fake] only one user per conversations.open");
        }

        if (call.Workspace.FindUser(users) is null)
        {
            throw new WebApiError("user_not_found");
        }

        var result = WebApiCall.Ok();
        result["channel"] = new JsonObject { ["id"] = call.Workspace.OpenDirectMessage(users).Id };
        return result;
    }

    public static JsonObject Join(WebApiCall call)
    {
        var channel = call.Workspace.FindChannel(call.Args.NonEmpty("channel"));
        if (channel is null || (channel.IsPrivate && !channel.BotIsMember))
        {
            throw new WebApiError("channel_not_found");
        }

        if (channel.IsIm)
        {
            throw new WebApiError("method_not_supported_for_channel_type");
        }

        if (channel.IsArchived)
        {
            throw new WebApiError("is_archived");
        }

        var result = WebApiCall.Ok();
        if (channel.BotIsMember)
        {
            result["channel"] = ChannelJson(channel);
            WebApiEndpoint.AddWarning(result, "already_in_channel");
            return result;
        }

        var joined = call.Workspace.UpdateChannel(channel.Id, current => current with { BotIsMember = true });
        result["channel"] = ChannelJson(joined);
        return result;
    }

    /// <summary>Channels of the requested <c>types</c> the bot can see; the cursor is an offset.</summary>
    public static JsonObject List(WebApiCall call)
    {
        var args = call.Args;
        var types = (args.NonEmpty("types") ?? "public_channel").Split(',', StringSplitOptions.TrimEntries);
        var excludeArchived = args.Bool("exclude_archived");
        var offset = DecodeOffset(args.NonEmpty("cursor"));
        var limit = PageSize(args, MaxRepliesPageSize);

        var visible = call.Workspace.Channels()
            .Where(channel => types.Contains(TypeName(channel), StringComparer.Ordinal))
            .Where(channel => !channel.IsPrivate || channel.BotIsMember)
            .Where(channel => !excludeArchived || !channel.IsArchived)
            .ToList();
        var page = visible.Skip(offset).Take(limit).ToList();
        var next = offset + page.Count < visible.Count ? EncodeOffset(offset + page.Count) : "";

        var result = WebApiCall.Ok();
        result["channels"] = SlackJsonWriter.ArrayOf(page.Select(channel => (JsonNode?)ChannelJson(channel)));
        result["response_metadata"] = new JsonObject { ["next_cursor"] = next };
        return result;
    }

    /// <summary>The member ids of a conversation the bot can see (the bot among them when it is in); the cursor is an offset.</summary>
    public static JsonObject Members(WebApiCall call)
    {
        var args = call.Args;
        var channel = VisibleChannel(call, args.NonEmpty("channel"));
        var offset = DecodeOffset(args.NonEmpty("cursor"));
        var limit = PageSize(args, MaxRepliesPageSize);

        var all = call.Workspace.MembersOf(channel.Id).ToList();
        if (channel.BotIsMember && !all.Contains(call.Identity.BotUserId)) all.Add(call.Identity.BotUserId);
        var page = all.Skip(offset).Take(limit).ToList();
        var next = offset + page.Count < all.Count ? EncodeOffset(offset + page.Count) : "";

        var result = WebApiCall.Ok();
        result["members"] = SlackJsonWriter.ArrayOf(page);
        result["response_metadata"] = new JsonObject { ["next_cursor"] = next };
        return result;
    }

    public static JsonObject ChannelJson(FakeChannel channel)
    {
        if (channel.IsIm)
        {
            return new JsonObject
            {
                ["id"] = channel.Id,
                ["created"] = channel.Created,
                ["is_im"] = true,
                ["is_org_shared"] = false,
                ["user"] = channel.ImUser,
                ["is_user_deleted"] = false,
                ["priority"] = 0,
            };
        }

        return new JsonObject
        {
            ["id"] = channel.Id,
            ["name"] = channel.Name,
            ["is_channel"] = !channel.IsPrivate,
            ["is_group"] = channel.IsPrivate,
            ["is_im"] = false,
            ["is_mpim"] = false,
            ["is_private"] = channel.IsPrivate,
            ["created"] = channel.Created,
            ["is_archived"] = channel.IsArchived,
            ["is_general"] = false,
            ["unlinked"] = 0,
            ["name_normalized"] = channel.Name,
            ["is_shared"] = false,
            ["is_org_shared"] = false,
            ["is_member"] = channel.BotIsMember,
            ["creator"] = "U0CREATOR",
            ["topic"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
            ["purpose"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
            ["previous_names"] = SlackJsonWriter.ArrayOf(channel.PreviousNames),
        };
    }

    /// <summary>A conversation the bot can see: any public channel, or a private one / DM it belongs to.</summary>
    private static FakeChannel VisibleChannel(WebApiCall call, string? channelId)
    {
        var channel = call.Workspace.FindChannel(channelId);
        return channel is null || (channel.IsPrivate && !channel.BotIsMember) ? throw new WebApiError("channel_not_found") : channel;
    }

    /// <summary>History needs membership: a bot token reads only conversations the bot is in.</summary>
    private static FakeChannel ReadableChannel(WebApiCall call, string? channelId)
    {
        var channel = VisibleChannel(call, channelId);
        return channel.BotIsMember ? channel : throw new WebApiError("not_in_channel");
    }

    private static string TypeName(FakeChannel channel) =>
        channel.IsIm ? "im" : channel.IsPrivate ? "private_channel" : "public_channel";

    private static int PageSize(WebApiArgs args, int max) => args.Int("limit") is > 0 and var limit ? Math.Min(limit, max) : DefaultPageSize;

    private static string EncodeCursor(string ts) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"next_ts:{ts}"));

    private static decimal? DecodeCursor(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var text = TryDecodeBase64(cursor);
        return text is not null && text.StartsWith("next_ts:", StringComparison.Ordinal)
            && SlackTimestamps.TryParse(text["next_ts:".Length..], out var ts)
            ? ts
            : throw new WebApiError("invalid_cursor");
    }

    private static string EncodeOffset(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int DecodeOffset(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        var text = TryDecodeBase64(cursor);
        return text is not null && text.StartsWith("offset:", StringComparison.Ordinal)
            && int.TryParse(text["offset:".Length..], System.Globalization.CultureInfo.InvariantCulture, out var offset) && offset >= 0
            ? offset
            : throw new WebApiError("invalid_cursor");
    }

    private static string? TryDecodeBase64(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Slack's <c>oldest</c>/<c>latest</c> bounds: exclusive unless <c>inclusive</c> is set.</summary>
    private sealed record TimeWindow(decimal? Oldest, decimal? Latest, bool Inclusive)
    {
        public static TimeWindow From(WebApiArgs args)
        {
            return new TimeWindow(Bound(args, "oldest", "invalid_ts_oldest"), Bound(args, "latest", "invalid_ts_latest"), args.Bool("inclusive"));
        }

        public bool Contains(string ts)
        {
            var value = SlackTimestamps.Parse(ts);
            var aboveOldest = Oldest is not { } oldest || (Inclusive ? value >= oldest : value > oldest);
            var belowLatest = Latest is not { } latest || (Inclusive ? value <= latest : value < latest);
            return aboveOldest && belowLatest;
        }

        private static decimal? Bound(WebApiArgs args, string name, string error)
        {
            var text = args.NonEmpty(name);
            if (text is null)
            {
                return null;
            }

            return SlackTimestamps.TryParse(text, out var value) ? value : throw new WebApiError(error);
        }
    }
}
