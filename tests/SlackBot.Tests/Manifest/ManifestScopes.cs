namespace SlackBot.Tests.Manifest;

/// <summary>
/// The bot's OAuth scopes, kept honest in both directions: every subscribed event has the scope Slack requires for
/// it, and every requested scope has a reason here. A scope nobody can explain is a permission we ask people to
/// grant for nothing, so it has to go.
/// </summary>
internal static class ManifestScopes
{
    /// <summary>
    /// The bot scope Slack requires before it delivers each event (null: none), from Slack's event reference as
    /// summarised in §7 and §9 of the protocol brief.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> EventScopes { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["message.channels"] = "channels:history",
        ["message.groups"] = "groups:history",
        ["message.im"] = "im:history",
        ["reaction_added"] = "reactions:read",
        ["reaction_removed"] = "reactions:read",
        ["member_joined_channel"] = "channels:read",
        ["channel_created"] = "channels:read",
        ["channel_rename"] = "channels:read",
        ["channel_archive"] = "channels:read",
        ["channel_unarchive"] = "channels:read",
        ["group_archive"] = "groups:read",
        ["group_rename"] = "groups:read",
        ["group_unarchive"] = "groups:read",
        ["app_home_opened"] = null,
    };

    /// <summary>Why the bot asks for each scope: the events and Web API methods (see <c>ISlackApi</c>) that need it.</summary>
    public static IReadOnlyDictionary<string, string> ScopeReasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["channels:history"] = "message.channels; conversations.history and conversations.replies in public channels",
        ["groups:history"] = "message.groups; conversations.history and conversations.replies in private incident channels",
        ["im:history"] = "message.im: answers to questions the bot sent by direct message",
        ["im:write"] = "conversations.open: the bot's direct message with a person, where exports are shared as files (files.completeUploadExternal takes only a conversation id)",
        ["channels:read"] = "channel_created, channel_rename, channel_archive, channel_unarchive, member_joined_channel; conversations.info on public channels",
        ["groups:read"] = "group_rename, group_archive, group_unarchive, member_joined_channel in private channels; conversations.info on private channels (their names decide whether they are incident channels); conversations.members: only members of a private channel find its findings in /learn search",
        ["channels:join"] = "conversations.join: the bot joins new public incident channels by itself",
        ["chat:write"] = "chat.postMessage, chat.postEphemeral and chat.update: questions, replies to /learn, updated buttons",
        ["commands"] = "the /learn slash command",
        ["reactions:read"] = "reaction_added and reaction_removed: marking a moment or a finding with an emoji",
        ["reactions:write"] = "reactions.add: acknowledging an answer in a question's thread",
        ["users:read"] = "users.info: people's names and time zones, for asking only in their working hours",
        ["usergroups:read"] = "usergroups.list and usergroups.users.list: Learn:Facilitators may name user groups (@incident-facilitators), whose members are looked up",
        ["files:write"] = "files.getUploadURLExternal and files.completeUploadExternal: sharing exports as files",
    };

    /// <summary>
    /// The bot-token scope each <c>ISlackApi</c> method needs (null: none, or not the bot token), by the C# method
    /// name, so that a new method cannot be called without its scope in the manifest.
    /// </summary>
    public static IReadOnlyDictionary<string, (string SlackMethod, string[] Scopes)> MethodScopes { get; } =
        new Dictionary<string, (string, string[])>(StringComparer.Ordinal)
        {
            ["AuthTestAsync"] = ("auth.test", []),
            ["PostMessageAsync"] = ("chat.postMessage", ["chat:write"]),
            ["PostEphemeralAsync"] = ("chat.postEphemeral", ["chat:write"]),
            ["UpdateMessageAsync"] = ("chat.update", ["chat:write"]),
            ["GetPermalinkAsync"] = ("chat.getPermalink", []),
            ["GetConversationInfoAsync"] = ("conversations.info", ["channels:read", "groups:read"]),
            ["GetConversationHistoryAsync"] = ("conversations.history", ["channels:history", "groups:history"]),
            ["GetConversationRepliesAsync"] = ("conversations.replies", ["channels:history", "groups:history"]),
            ["GetConversationMembersAsync"] = ("conversations.members (only ever asked about private channels)", ["groups:read"]),
            ["JoinConversationAsync"] = ("conversations.join", ["channels:join"]),
            ["OpenDirectMessageAsync"] = ("conversations.open", ["im:write"]),
            ["GetUserInfoAsync"] = ("users.info", ["users:read"]),
            ["ListUserGroupsAsync"] = ("usergroups.list", ["usergroups:read"]),
            ["GetUserGroupMembersAsync"] = ("usergroups.users.list", ["usergroups:read"]),
            ["AddReactionAsync"] = ("reactions.add", ["reactions:write"]),
            ["OpenViewAsync"] = ("views.open", []),
            ["PublishViewAsync"] = ("views.publish", []),
            ["UpdateViewAsync"] = ("views.update", []),
            ["GetUploadUrlExternalAsync"] = ("files.getUploadURLExternal", ["files:write"]),
            ["UploadToUrlAsync"] = ("the upload URL (no token)", []),
            ["CompleteUploadExternalAsync"] = ("files.completeUploadExternal", ["files:write"]),
            ["OpenSocketModeConnectionAsync"] = ("apps.connections.open (app-level token, connections:write)", []),
            ["PostToResponseUrlAsync"] = ("a response_url (no token)", []),
        };

    /// <summary>Every Web API method the bot can call has a row above, and its scopes are requested.</summary>
    public static IReadOnlyList<string> MethodProblems(AppManifest manifest, IEnumerable<string> apiMethods)
    {
        var scopes = manifest.BotScopes.ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var method in apiMethods)
        {
            if (!MethodScopes.TryGetValue(method, out var row))
                problems.Add($"ISlackApi.{method} has no row in ManifestScopes.MethodScopes: look up the Slack method's scope and add the row.");
            else
                problems.AddRange(row.Scopes.Where(scope => !scopes.Contains(scope))
                    .Select(scope => $"{row.SlackMethod} (ISlackApi.{method}) needs scope {scope}: add it to oauth_config.scopes.bot."));
        }

        return problems;
    }

    public static IReadOnlyList<string> Problems(AppManifest manifest)
    {
        var problems = new List<string>();
        var scopes = manifest.BotScopes.ToHashSet(StringComparer.Ordinal);

        foreach (var slackEvent in manifest.BotEvents)
        {
            if (!EventScopes.TryGetValue(slackEvent, out var required))
                problems.Add($"bot event {slackEvent} has no row in ManifestScopes.EventScopes: look up the scope Slack requires for it and add the row.");
            else if (required is not null && !scopes.Contains(required))
                problems.Add($"bot event {slackEvent} needs scope {required}: add {required} to oauth_config.scopes.bot.");
        }

        foreach (var scope in scopes.Order(StringComparer.Ordinal))
        {
            if (!ScopeReasons.ContainsKey(scope))
                problems.Add($"scope {scope} is requested but no event or Web API call of ours needs it: remove it from oauth_config.scopes.bot " +
                    "(or, if new code needs it, say why in ManifestScopes.ScopeReasons).");
        }

        foreach (var (scope, reason) in ScopeReasons)
        {
            if (!scopes.Contains(scope))
                problems.Add($"scope {scope} is missing from oauth_config.scopes.bot: add it. The bot needs it for {reason} " +
                    "(if that need is gone, remove the row from ManifestScopes.ScopeReasons instead).");
        }

        if (manifest.OauthConfig?.Scopes?.User is { Count: > 0 } userScopes)
            problems.Add($"oauth_config.scopes.user asks for {string.Join(", ", userScopes)}: remove them; the bot only ever acts with its bot token.");

        return problems;
    }
}
