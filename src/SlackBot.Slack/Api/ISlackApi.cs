using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>
/// The Slack Web API methods the bot uses. Failures surface as <see cref="SlackApiException"/> (Slack said no),
/// <see cref="SlackRateLimitedException"/> (still rate limited after waiting) or
/// <see cref="SlackTransportException"/> (no usable answer).
/// </summary>
public interface ISlackApi
{
    /// <summary>auth.test: the bot's own user, bot and team ids.</summary>
    Task<AuthTestResponse> AuthTestAsync(CancellationToken ct = default);

    /// <summary>chat.postMessage, paced per channel.</summary>
    Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken ct = default);

    /// <summary>chat.postEphemeral, paced per channel.</summary>
    Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken ct = default);

    /// <summary>chat.update, paced per channel.</summary>
    Task<UpdateMessageResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken ct = default);

    /// <summary>chat.getPermalink: a link to the message (with thread parameters for replies).</summary>
    Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken ct = default);

    /// <summary>conversations.info.</summary>
    Task<SlackConversation> GetConversationInfoAsync(string channel, CancellationToken ct = default);

    /// <summary>conversations.history: one page of top-level messages. See <see cref="SlackApiPaginationExtensions"/> for all pages.</summary>
    Task<MessagesPage> GetConversationHistoryAsync(HistoryRequest request, CancellationToken ct = default);

    /// <summary>conversations.replies: one page of a thread, parent first.</summary>
    Task<MessagesPage> GetConversationRepliesAsync(RepliesRequest request, CancellationToken ct = default);

    /// <summary>conversations.members: one page of the ids of the people (and bots) in a conversation the bot can see.</summary>
    Task<MembersPage> GetConversationMembersAsync(string channel, string? cursor = null, CancellationToken ct = default);

    /// <summary>conversations.join; joining a channel the bot is already in succeeds with a warning.</summary>
    Task<SlackConversation> JoinConversationAsync(string channel, CancellationToken ct = default);

    /// <summary>
    /// conversations.open with one user: the id (<c>D…</c>) of the bot's direct message with that person. Methods that
    /// want a conversation id (files.completeUploadExternal) refuse a user id, unlike chat.postMessage.
    /// </summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default);

    /// <summary>users.info.</summary>
    Task<SlackUser> GetUserInfoAsync(string user, CancellationToken ct = default);

    /// <summary>usergroups.list: the workspace's enabled user groups (without their members).</summary>
    Task<IReadOnlyList<SlackUserGroup>> ListUserGroupsAsync(CancellationToken ct = default);

    /// <summary>usergroups.users.list: the ids of the people in an enabled user group (<c>S…</c>).</summary>
    Task<IReadOnlyList<string>> GetUserGroupMembersAsync(string userGroupId, CancellationToken ct = default);

    /// <summary>reactions.add; <paramref name="name"/> is the emoji name without colons.</summary>
    Task AddReactionAsync(string channel, string timestamp, string name, CancellationToken ct = default);

    /// <summary>views.open: show a modal in answer to an interaction's trigger id (valid for 3 seconds).</summary>
    Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default);

    /// <summary>views.publish: set a user's App Home.</summary>
    Task<SlackView> PublishViewAsync(string userId, JsonObject view, string? hash = null, CancellationToken ct = default);

    /// <summary>views.update: replace an open view.</summary>
    Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default);

    /// <summary>files.getUploadURLExternal: step 1 of a file upload.</summary>
    Task<UploadUrl> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct = default);

    /// <summary>Step 2 of a file upload: send the bytes to the URL from step 1 (no token: the URL is the credential).</summary>
    Task UploadToUrlAsync(Uri uploadUrl, Stream content, string filename, CancellationToken ct = default);

    /// <summary>files.completeUploadExternal: step 3, share the uploaded files.</summary>
    Task<IReadOnlyList<SlackFileRef>> CompleteUploadExternalAsync(CompleteUploadRequest request, CancellationToken ct = default);

    /// <summary>apps.connections.open with the app-level token (Authorization header only); returns the wss URL.</summary>
    Task<Uri> OpenSocketModeConnectionAsync(CancellationToken ct = default);

    /// <summary>POST a message to a slash-command/interaction response_url (no token).</summary>
    Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct = default);
}
