namespace SlackBot.Slack.Dispatch;

/// <summary>Who the bot is in this workspace, as <c>auth.test</c> reports it.</summary>
public sealed record BotIdentity(string UserId, string? BotId, string TeamId);

/// <summary>
/// Holds the bot's identity once start-up has called <c>auth.test</c>; until then <see cref="Current"/> is null
/// and the app is not ready.
/// </summary>
public sealed class BotIdentityAccessor
{
    private BotIdentity? _current;

    public BotIdentity? Current => Volatile.Read(ref _current);

    public BotIdentity Required =>
        Current ?? throw new InvalidOperationException("The bot's identity is not known yet: auth.test has not completed.");

    public void Set(BotIdentity identity) => Volatile.Write(ref _current, identity);
}
