namespace SlackBot.Testing.Fakes;

/// <summary>The Web API methods the fake implements. JSON-body support follows the docs.slack.dev method data (see
/// slack-protocol.md §6.3); files.getUploadURLExternal is form-only, as live Slack has been seen to reject JSON there.</summary>
internal static class WebApiMethods
{
    public static IReadOnlyDictionary<string, WebApiMethod> All { get; } = new Dictionary<string, WebApiMethod>(StringComparer.Ordinal)
    {
        ["auth.test"] = new(AuthMethods.Test, TokenKind.Bot, ReadsJsonBody: true),
        ["apps.connections.open"] = new(AppsMethods.ConnectionsOpen, TokenKind.App, ReadsJsonBody: true),
        ["chat.postMessage"] = new(ChatMethods.PostMessage, TokenKind.Bot, ReadsJsonBody: true),
        ["chat.postEphemeral"] = new(ChatMethods.PostEphemeral, TokenKind.Bot, ReadsJsonBody: true),
        ["chat.update"] = new(ChatMethods.Update, TokenKind.Bot, ReadsJsonBody: true),
        ["chat.getPermalink"] = new(ChatMethods.GetPermalink, TokenKind.Bot, ReadsJsonBody: false),
        ["conversations.info"] = new(ConversationsMethods.Info, TokenKind.Bot, ReadsJsonBody: false),
        ["conversations.history"] = new(ConversationsMethods.History, TokenKind.Bot, ReadsJsonBody: true),
        ["conversations.replies"] = new(ConversationsMethods.Replies, TokenKind.Bot, ReadsJsonBody: false),
        ["conversations.join"] = new(ConversationsMethods.Join, TokenKind.Bot, ReadsJsonBody: true),
        ["conversations.open"] = new(ConversationsMethods.Open, TokenKind.Bot, ReadsJsonBody: true),
        ["conversations.list"] = new(ConversationsMethods.List, TokenKind.Bot, ReadsJsonBody: false),
        ["conversations.members"] = new(ConversationsMethods.Members, TokenKind.Bot, ReadsJsonBody: false),
        ["users.info"] = new(UsersMethods.Info, TokenKind.Bot, ReadsJsonBody: false),
        ["usergroups.list"] = new(UserGroupsMethods.List, TokenKind.Bot, ReadsJsonBody: false),
        ["usergroups.users.list"] = new(UserGroupsMethods.UsersList, TokenKind.Bot, ReadsJsonBody: false),
        ["reactions.add"] = new(ReactionsMethods.Add, TokenKind.Bot, ReadsJsonBody: true),
        ["views.open"] = new(ViewsMethods.Open, TokenKind.Bot, ReadsJsonBody: true),
        ["views.publish"] = new(ViewsMethods.Publish, TokenKind.Bot, ReadsJsonBody: true),
        ["views.update"] = new(ViewsMethods.Update, TokenKind.Bot, ReadsJsonBody: true),
        ["files.getUploadURLExternal"] = new(FilesMethods.GetUploadUrlExternal, TokenKind.Bot, ReadsJsonBody: false),
        ["files.completeUploadExternal"] = new(FilesMethods.CompleteUploadExternal, TokenKind.Bot, ReadsJsonBody: true),
    };
}
