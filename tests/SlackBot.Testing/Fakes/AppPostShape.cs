namespace SlackBot.Testing.Fakes;

/// <summary>The two shapes another app's message takes in the Events API.</summary>
public enum AppPostShape
{
    /// <summary>Posted with a bot token: the app's bot user in <c>user</c>, plus <c>bot_id</c> and <c>bot_profile</c>.</summary>
    BotUser,

    /// <summary>Incoming webhooks and legacy integrations: <c>subtype: bot_message</c>, a <c>bot_id</c>, no user.</summary>
    LegacyBotMessage,
}
