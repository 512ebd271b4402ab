using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Dispatch.Interactions;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// For each event type, interaction type and the slash command: the record its route reads it into and the fields
/// listeners read. An event type that gains a route without an entry here fails the coverage test by name.
/// </summary>
public static class TypedShapes
{
    private static readonly TypedShape Message = TypedShape.Of<MessageEvent>(
        ("type", true, e => e.Type),
        ("channel", true, e => e.Channel),
        ("ts", true, e => e.Ts),
        ("event_ts", true, e => e.EventTs),
        ("subtype", false, e => e.Subtype),
        ("channel_type", false, e => e.ChannelType),
        ("user", false, e => e.User),
        ("bot_id", false, e => e.BotId),
        ("text", false, e => e.Text),
        ("thread_ts", false, e => e.ThreadTs),
        ("parent_user_id", false, e => e.ParentUserId),
        ("client_msg_id", false, e => e.ClientMsgId),
        ("hidden", false, e => e.Hidden),
        ("edited.user", false, e => e.Edited?.User),
        ("edited.ts", false, e => e.Edited?.Ts),
        ("message.ts", false, e => e.Message?.Ts),
        ("message.text", false, e => e.Message?.Text),
        ("message.user", false, e => e.Message?.User),
        ("message.thread_ts", false, e => e.Message?.ThreadTs),
        ("previous_message.ts", false, e => e.PreviousMessage?.Ts),
        ("previous_message.text", false, e => e.PreviousMessage?.Text),
        ("previous_message.user", false, e => e.PreviousMessage?.User),
        ("deleted_ts", false, e => e.DeletedTs),
        ("blocks", false, e => e.Blocks),
        ("files[0].id", false, e => e.Files?[0].Id),
        ("files[0].name", false, e => e.Files?[0].Name),
        ("files[0].title", false, e => e.Files?[0].Title));

    private static readonly TypedShape Reaction = TypedShape.Of<ReactionEvent>(
        ("type", true, e => e.Type),
        ("user", true, e => e.User),
        ("reaction", true, e => e.Reaction),
        ("item_user", false, e => e.ItemUser),
        ("item.type", true, e => e.Item?.Type),
        ("item.channel", true, e => e.Item?.Channel),
        ("item.ts", true, e => e.Item?.Ts),
        ("event_ts", true, e => e.EventTs));

    private static readonly TypedShape ChannelChanged = TypedShape.Of<ChannelChangedEvent>(
        ("type", true, e => e.Type),
        ("channel.id", true, e => e.Channel?.Id),
        ("channel.name", true, e => e.Channel?.Name),
        ("channel.created", false, e => e.Channel?.Created),
        ("channel.creator", false, e => e.Channel?.Creator));

    private static readonly TypedShape ChannelArchive = TypedShape.Of<ChannelArchiveEvent>(
        ("type", true, e => e.Type),
        ("channel", true, e => e.Channel),
        ("user", false, e => e.User));

    private static readonly TypedShape MemberJoined = TypedShape.Of<MemberJoinedChannelEvent>(
        ("user", true, e => e.User),
        ("channel", true, e => e.Channel),
        ("channel_type", false, e => e.ChannelType),
        ("inviter", false, e => e.Inviter));

    private static readonly TypedShape AppHomeOpened = TypedShape.Of<AppHomeOpenedEvent>(
        ("user", true, e => e.User),
        ("channel", false, e => e.Channel),
        ("tab", false, e => e.Tab));

    private static readonly TypedShape SubteamMembersChanged = TypedShape.Of<SubteamMembersChangedEvent>(
        ("type", true, e => e.Type),
        ("subteam_id", true, e => e.SubteamId),
        ("team_id", false, e => e.TeamId),
        ("added_users", false, e => e.AddedUsers),
        ("removed_users", false, e => e.RemovedUsers),
        ("date_update", false, e => e.DateUpdate),
        ("event_ts", false, e => e.EventTs));

    private static readonly TypedShape SubteamUpdated = TypedShape.Of<SubteamUpdatedEvent>(
        ("type", true, e => e.Type),
        ("subteam.id", true, e => e.Subteam?.Id),
        ("subteam.handle", false, e => e.Subteam?.Handle),
        ("subteam.name", false, e => e.Subteam?.Name),
        ("subteam.users", false, e => e.Subteam?.Users),
        ("subteam.date_delete", false, e => e.Subteam?.DateDelete),
        ("event_ts", false, e => e.EventTs));

    /// <summary>Inner event type → shape. Includes the private-channel events the lead is adding routes for.</summary>
    public static IReadOnlyDictionary<string, TypedShape> Events { get; } = new Dictionary<string, TypedShape>(StringComparer.Ordinal)
    {
        ["message"] = Message,
        ["reaction_added"] = Reaction,
        ["reaction_removed"] = Reaction,
        ["channel_created"] = ChannelChanged,
        ["channel_rename"] = ChannelChanged,
        ["group_rename"] = ChannelChanged,
        ["channel_archive"] = ChannelArchive,
        ["channel_unarchive"] = ChannelArchive,
        ["group_archive"] = ChannelArchive,
        ["group_unarchive"] = ChannelArchive,
        ["member_joined_channel"] = MemberJoined,
        ["app_home_opened"] = AppHomeOpened,
        // Typed but not subscribed yet: a cache of user-group members will listen to them.
        ["subteam_members_changed"] = SubteamMembersChanged,
        ["subteam_updated"] = SubteamUpdated,
    };

    public static TypedShape BlockActions { get; } = TypedShape.Of<BlockActionsPayload>(
        ("user.id", true, p => p.User.Id),
        ("user.username", false, p => p.User.Username),
        ("user.team_id", false, p => p.User.TeamId),
        ("container.type", false, p => p.Container?.Type),
        ("container.message_ts", false, p => p.Container?.MessageTs),
        ("container.channel_id", false, p => p.Container?.ChannelId),
        ("container.thread_ts", false, p => p.Container?.ThreadTs),
        ("container.view_id", false, p => p.Container?.ViewId),
        ("container.is_ephemeral", false, p => p.Container?.IsEphemeral),
        ("channel.id", false, p => p.Channel?.Id),
        ("channel.name", false, p => p.Channel?.Name),
        ("message.ts", false, p => p.Message?.Ts),
        ("message.thread_ts", false, p => p.Message?.ThreadTs),
        ("message.text", false, p => p.Message?.Text),
        ("message.user", false, p => p.Message?.User),
        ("message.bot_id", false, p => p.Message?.BotId),
        ("view.id", false, p => p.View?.Id),
        ("view.type", false, p => p.View?.Type),
        ("view.callback_id", false, p => p.View?.CallbackId),
        ("view.private_metadata", false, p => p.View?.PrivateMetadata),
        ("view.hash", false, p => p.View?.Hash),
        ("view.state", false, p => p.View?.State),
        ("trigger_id", true, p => p.TriggerId),
        ("response_url", false, p => p.ResponseUrl),
        ("actions[0].action_id", true, p => p.Actions[0].ActionId));

    /// <summary>One element of <c>actions</c>, which the router reads separately for the listener.</summary>
    public static TypedShape BlockAction { get; } = TypedShape.Of<BlockAction>(
        ("action_id", true, a => a.ActionId),
        ("block_id", false, a => a.BlockId),
        ("value", false, a => a.Value),
        ("type", false, a => a.Type),
        ("action_ts", false, a => a.ActionTs),
        ("selected_option.value", false, a => a.SelectedOption?.Value));

    public static TypedShape ViewSubmission { get; } = TypedShape.Of<ViewSubmissionPayload>(
        ("type", true, p => p.Type),
        ("user.id", true, p => p.User.Id),
        ("user.username", false, p => p.User.Username),
        ("user.team_id", false, p => p.User.TeamId),
        ("view.id", true, p => p.View.Id),
        ("view.type", false, p => p.View.Type),
        ("view.callback_id", false, p => p.View.CallbackId),
        ("view.private_metadata", false, p => p.View.PrivateMetadata),
        ("view.hash", false, p => p.View.Hash),
        ("view.state", false, p => p.View.State),
        ("trigger_id", false, p => p.TriggerId));

    public static TypedShape MessageShortcut { get; } = TypedShape.Of<MessageShortcutPayload>(
        ("type", true, p => p.Type),
        ("callback_id", true, p => p.CallbackId),
        ("trigger_id", true, p => p.TriggerId),
        ("user.id", true, p => p.User.Id),
        ("user.username", false, p => p.User.Username),
        ("user.team_id", false, p => p.User.TeamId),
        ("channel.id", true, p => p.Channel?.Id),
        ("channel.name", false, p => p.Channel?.Name),
        ("message_ts", true, p => p.MessageTs),
        ("message.ts", true, p => p.Message?.Ts),
        ("message.thread_ts", false, p => p.Message?.ThreadTs),
        ("message.text", false, p => p.Message?.Text),
        ("message.user", false, p => p.Message?.User),
        ("message.bot_id", false, p => p.Message?.BotId),
        ("response_url", false, p => p.ResponseUrl),
        ("action_ts", false, p => p.ActionTs));

    /// <summary>Interaction type → shape of the whole payload.</summary>
    public static IReadOnlyDictionary<string, TypedShape> Interactions { get; } = new Dictionary<string, TypedShape>(StringComparer.Ordinal)
    {
        ["block_actions"] = BlockActions,
        ["view_submission"] = ViewSubmission,
        ["view_closed"] = ViewSubmission,
        ["message_action"] = MessageShortcut,
    };

    public static TypedShape Command { get; } = TypedShape.Of<SlashCommand>(
        ("command", true, c => c.Command),
        ("text", false, c => c.Text),
        ("user_id", true, c => c.UserId),
        ("user_name", false, c => c.UserName),
        ("channel_id", true, c => c.ChannelId),
        ("channel_name", false, c => c.ChannelName),
        ("team_id", false, c => c.TeamId),
        ("response_url", false, c => c.ResponseUrl),
        ("trigger_id", false, c => c.TriggerId),
        ("api_app_id", false, c => c.ApiAppId));
}
