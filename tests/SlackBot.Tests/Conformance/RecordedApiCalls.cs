using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Conformance;

/// <summary>
/// Every Web API method <see cref="ISlackApi"/> calls, with the fields of its typed result that the bot reads. A new
/// ISlackApi member must be added to <see cref="ClientMethods"/>; the coverage test then asks for its sample and call.
/// </summary>
public static class RecordedApiCalls
{
    /// <summary>ISlackApi member → the Slack method it calls; null for calls to URLs Slack handed out, which have no
    /// recorded Web API answer.</summary>
    public static IReadOnlyDictionary<string, string?> ClientMethods { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [nameof(ISlackApi.AuthTestAsync)] = "auth.test",
        [nameof(ISlackApi.PostMessageAsync)] = "chat.postMessage",
        [nameof(ISlackApi.PostEphemeralAsync)] = "chat.postEphemeral",
        [nameof(ISlackApi.UpdateMessageAsync)] = "chat.update",
        [nameof(ISlackApi.GetPermalinkAsync)] = "chat.getPermalink",
        [nameof(ISlackApi.GetConversationInfoAsync)] = "conversations.info",
        [nameof(ISlackApi.GetConversationHistoryAsync)] = "conversations.history",
        [nameof(ISlackApi.GetConversationRepliesAsync)] = "conversations.replies",
        [nameof(ISlackApi.JoinConversationAsync)] = "conversations.join",
        [nameof(ISlackApi.GetConversationMembersAsync)] = "conversations.members",
        [nameof(ISlackApi.OpenDirectMessageAsync)] = "conversations.open",
        [nameof(ISlackApi.GetUserInfoAsync)] = "users.info",
        [nameof(ISlackApi.ListUserGroupsAsync)] = "usergroups.list",
        [nameof(ISlackApi.GetUserGroupMembersAsync)] = "usergroups.users.list",
        [nameof(ISlackApi.AddReactionAsync)] = "reactions.add",
        [nameof(ISlackApi.OpenViewAsync)] = "views.open",
        [nameof(ISlackApi.PublishViewAsync)] = "views.publish",
        [nameof(ISlackApi.UpdateViewAsync)] = "views.update",
        [nameof(ISlackApi.GetUploadUrlExternalAsync)] = "files.getUploadURLExternal",
        [nameof(ISlackApi.UploadToUrlAsync)] = null,
        [nameof(ISlackApi.CompleteUploadExternalAsync)] = "files.completeUploadExternal",
        [nameof(ISlackApi.OpenSocketModeConnectionAsync)] = "apps.connections.open",
        [nameof(ISlackApi.PostToResponseUrlAsync)] = null,
    };

    public static IReadOnlyList<RecordedApiCall> All { get; } =
    [
        Call("auth.test", nameof(ISlackApi.AuthTestAsync), async api => await api.AuthTestAsync(),
            Field<AuthTestResponse>("user_id", r => r.UserId),
            Field<AuthTestResponse>("bot_id", r => r.BotId),
            Field<AuthTestResponse>("team_id", r => r.TeamId),
            Field<AuthTestResponse>("team", r => r.Team),
            Field<AuthTestResponse>("user", r => r.User),
            Field<AuthTestResponse>("url", r => r.Url)),
        Call("chat.postMessage", nameof(ISlackApi.PostMessageAsync),
            async api => await api.PostMessageAsync(new PostMessageRequest { Channel = "C00000000", Text = "recorded" }),
            Field<PostMessageResponse>("channel", r => r.Channel),
            Field<PostMessageResponse>("ts", r => r.Ts)),
        Call("chat.postEphemeral", nameof(ISlackApi.PostEphemeralAsync),
            async api => await api.PostEphemeralAsync(new PostEphemeralRequest { Channel = "C00000000", User = "U00000000", Text = "recorded" }),
            Field<PostEphemeralResponse>("message_ts", r => r.MessageTs)),
        Call("chat.update", nameof(ISlackApi.UpdateMessageAsync),
            async api => await api.UpdateMessageAsync(new UpdateMessageRequest { Channel = "C00000000", Ts = "1700000000.000100", Text = "recorded" }),
            Field<UpdateMessageResponse>("channel", r => r.Channel),
            Field<UpdateMessageResponse>("ts", r => r.Ts)),
        Call("chat.getPermalink", nameof(ISlackApi.GetPermalinkAsync), async api => await api.GetPermalinkAsync("C00000000", "1700000000.000100"),
            Field<string>("permalink", link => link)),
        Call("conversations.info", nameof(ISlackApi.GetConversationInfoAsync), async api => await api.GetConversationInfoAsync("C00000000"),
            Conversation),
        Call("conversations.join", nameof(ISlackApi.JoinConversationAsync), async api => await api.JoinConversationAsync("C00000000"),
            Conversation),
        Call("conversations.history", nameof(ISlackApi.GetConversationHistoryAsync),
            async api => await api.GetConversationHistoryAsync(new HistoryRequest { Channel = "C00000000" }),
            Page),
        Call("conversations.replies", nameof(ISlackApi.GetConversationRepliesAsync),
            async api => await api.GetConversationRepliesAsync(new RepliesRequest { Channel = "C00000000", Ts = "1700000000.000100" }),
            Page),
        Call("conversations.members", nameof(ISlackApi.GetConversationMembersAsync), async api => await api.GetConversationMembersAsync("G00000000"),
            Field<MembersPage>("members[0]", p => p.Members[0]),
            // A blank cursor is the last page: the client reports it as no cursor at all.
            Field<MembersPage>("response_metadata.next_cursor", p => p.NextCursor ?? "")),
        Call("conversations.open", nameof(ISlackApi.OpenDirectMessageAsync), async api => await api.OpenDirectMessageAsync("U00000000"),
            Field<string>("channel.id", id => id)),
        Call("users.info", nameof(ISlackApi.GetUserInfoAsync), async api => await api.GetUserInfoAsync("U00000000"),
            Field<SlackUser>("user.id", u => u.Id),
            Field<SlackUser>("user.name", u => u.Name),
            Field<SlackUser>("user.real_name", u => u.RealName),
            Field<SlackUser>("user.tz", u => u.Tz),
            Field<SlackUser>("user.tz_offset", u => u.TzOffset),
            Field<SlackUser>("user.is_bot", u => u.IsBot),
            Field<SlackUser>("user.deleted", u => u.Deleted),
            Field<SlackUser>("user.profile.display_name", u => u.Profile?.DisplayName),
            Field<SlackUser>("user.profile.real_name", u => u.Profile?.RealName)),
        Call("usergroups.list", nameof(ISlackApi.ListUserGroupsAsync), async api => await api.ListUserGroupsAsync(),
            Field<IReadOnlyList<SlackUserGroup>>("usergroups[0].id", groups => groups[0].Id),
            Field<IReadOnlyList<SlackUserGroup>>("usergroups[0].handle", groups => groups[0].Handle),
            Field<IReadOnlyList<SlackUserGroup>>("usergroups[0].name", groups => groups[0].Name)),
        Call("usergroups.users.list", nameof(ISlackApi.GetUserGroupMembersAsync), async api => await api.GetUserGroupMembersAsync("S00000000"),
            Field<IReadOnlyList<string>>("users[0]", users => users[0])),
        Call("reactions.add", nameof(ISlackApi.AddReactionAsync), async api =>
        {
            await api.AddReactionAsync("C00000000", "1700000000.000100", "eyes");
            return null;
        }),
        Call("views.open", nameof(ISlackApi.OpenViewAsync), async api => await api.OpenViewAsync("1.2.recorded", new JsonObject { ["type"] = "modal" }),
            View),
        Call("views.publish", nameof(ISlackApi.PublishViewAsync), async api => await api.PublishViewAsync("U00000000", new JsonObject { ["type"] = "home" }),
            View),
        Call("views.update", nameof(ISlackApi.UpdateViewAsync), async api => await api.UpdateViewAsync("V00000000", new JsonObject { ["type"] = "modal" }),
            View),
        Call("files.getUploadURLExternal", nameof(ISlackApi.GetUploadUrlExternalAsync), async api => await api.GetUploadUrlExternalAsync("findings.md", 42),
            Field<UploadUrl>("upload_url", u => u.Url),
            Field<UploadUrl>("file_id", u => u.FileId)),
        Call("files.completeUploadExternal", nameof(ISlackApi.CompleteUploadExternalAsync),
            async api => await api.CompleteUploadExternalAsync(new CompleteUploadRequest { Files = [new SlackFileRef("F00000000", "findings")] }),
            Field<IReadOnlyList<SlackFileRef>>("files[0].id", files => files[0].Id),
            Field<IReadOnlyList<SlackFileRef>>("files[0].title", files => files[0].Title)),
        Call("apps.connections.open", nameof(ISlackApi.OpenSocketModeConnectionAsync), async api => await api.OpenSocketModeConnectionAsync(),
            Field<Uri>("url", url => url)),
    ];

    private static AnswerField[] Conversation =>
    [
        Field<SlackConversation>("channel.id", c => c.Id),
        Field<SlackConversation>("channel.name", c => c.Name),
        Field<SlackConversation>("channel.is_channel", c => c.IsChannel),
        Field<SlackConversation>("channel.is_group", c => c.IsGroup),
        Field<SlackConversation>("channel.is_im", c => c.IsIm),
        Field<SlackConversation>("channel.is_private", c => c.IsPrivate),
        Field<SlackConversation>("channel.is_archived", c => c.IsArchived),
        Field<SlackConversation>("channel.is_member", c => c.IsMember),
    ];

    private static AnswerField[] Page =>
    [
        Field<MessagesPage>("has_more", p => p.HasMore),
        // A blank cursor is the last page: the client reports it as no cursor at all.
        Field<MessagesPage>("response_metadata.next_cursor", p => p.NextCursor ?? ""),
        Field<MessagesPage>("messages[0].type", p => p.Messages[0].Type),
        Field<MessagesPage>("messages[0].subtype", p => p.Messages[0].Subtype),
        Field<MessagesPage>("messages[0].user", p => p.Messages[0].User),
        Field<MessagesPage>("messages[0].bot_id", p => p.Messages[0].BotId),
        Field<MessagesPage>("messages[0].text", p => p.Messages[0].Text),
        Field<MessagesPage>("messages[0].ts", p => p.Messages[0].Ts),
        Field<MessagesPage>("messages[0].thread_ts", p => p.Messages[0].ThreadTs),
        Field<MessagesPage>("messages[0].parent_user_id", p => p.Messages[0].ParentUserId),
        Field<MessagesPage>("messages[0].reply_count", p => p.Messages[0].ReplyCount),
        Field<MessagesPage>("messages[0].edited.user", p => p.Messages[0].Edited?.User),
        Field<MessagesPage>("messages[0].edited.ts", p => p.Messages[0].Edited?.Ts),
        Field<MessagesPage>("messages[0].metadata.event_type", p => p.Messages[0].Metadata?.EventType),
        Field<MessagesPage>("messages[0].metadata.event_payload", p => p.Messages[0].Metadata?.EventPayload),
        Field<MessagesPage>("messages[0].blocks", p => p.Messages[0].Blocks),
        Field<MessagesPage>("messages[0].reactions[0].name", p => p.Messages[0].Reactions?[0].Name),
        Field<MessagesPage>("messages[0].reactions[0].users", p => p.Messages[0].Reactions?[0].Users),
        Field<MessagesPage>("messages[0].reactions[0].count", p => p.Messages[0].Reactions?[0].Count),
        Field<MessagesPage>("messages[0].files[0].id", p => p.Messages[0].Files?[0].Id),
        Field<MessagesPage>("messages[0].files[0].title", p => p.Messages[0].Files?[0].Title),
    ];

    private static AnswerField[] View =>
    [
        Field<SlackView>("view.id", v => v.Id),
        Field<SlackView>("view.hash", v => v.Hash),
        Field<SlackView>("view.type", v => v.Type),
        Field<SlackView>("view.callback_id", v => v.CallbackId),
        Field<SlackView>("view.private_metadata", v => v.PrivateMetadata),
        Field<SlackView>("view.external_id", v => v.ExternalId),
    ];

    private static RecordedApiCall Call(string method, string clientMethod, Func<ISlackApi, Task<object?>> call, params AnswerField[] fields) =>
        new(method, clientMethod, call, fields);

    private static AnswerField Field<T>(string path, Func<T, object?> read) => new(path, result => read((T)result));
}
