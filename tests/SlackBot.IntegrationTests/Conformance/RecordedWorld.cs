namespace SlackBot.IntegrationTests.Conformance;

/// <summary>A conversation the filled samples take place in; <see cref="Type"/> is the message events' <c>channel_type</c>.</summary>
public sealed record RecordedConversation(string Id, string Name, string Type);

/// <summary>
/// The ids of the test's world that replace the samples' blanks (see <see cref="RecordedPayloads.Fill"/>): the
/// fake Slack's team and app, a person who is a member of the workspace, another app's bot, and one conversation
/// for each place. <see cref="Command"/>, <see cref="ActionId"/>, <see cref="ViewCallbackId"/> and
/// <see cref="MessageShortcutCallbackId"/> come from the
/// bot's route table, so that commands, buttons and modals reach the listener that owns them; null leaves the
/// sample's blank as it is.
/// </summary>
public sealed record RecordedWorld
{
    public required string TeamId { get; init; }
    public required string TeamDomain { get; init; }
    public required string AppId { get; init; }
    public required string BotUserId { get; init; }
    public required string Person { get; init; }
    public required string PersonName { get; init; }
    public required RecordedConversation PublicChannel { get; init; }
    public required RecordedConversation PrivateChannel { get; init; }
    public required RecordedConversation DirectMessage { get; init; }

    /// <summary>Not the bot's own: the dispatcher drops the bot's echoes before they are stored.</summary>
    public string OtherAppBotId { get; init; } = "B0OTHERAPP";
    public string OtherAppId { get; init; } = "A0OTHERAPP";
    public string FileId { get; init; } = "F0RECORDED";
    public string UserGroupId { get; init; } = "S0RECGROUP";
    public string UserGroupHandle { get; init; } = "recorded-facilitators";

    /// <summary>An emoji the bot gives no meaning to, so a reaction sample is read but changes nothing.</summary>
    public string Reaction { get; init; } = "eyes";

    public string? Command { get; init; }
    public string? ActionId { get; init; }
    public string? ViewCallbackId { get; init; }
    public string? MessageShortcutCallbackId { get; init; }

    public RecordedConversation In(RecordedPlace place) => place switch
    {
        RecordedPlace.PrivateChannel => PrivateChannel,
        RecordedPlace.DirectMessage => DirectMessage,
        _ => PublicChannel,
    };
}

/// <summary>What is new for every delivery: its ids and the moment it is sent at (timestamps are filled close to it).</summary>
public sealed record RecordedDelivery(string EventId, string TriggerId, string ViewId, Uri ResponseUrl, DateTimeOffset Now);
