namespace SlackBot.Testing.Fakes;

/// <summary>A conversation. Direct messages with the app have <see cref="ImUser"/> set and a <c>D…</c> id.</summary>
public sealed record FakeChannel(
    string Id,
    string Name,
    bool IsPrivate,
    bool BotIsMember,
    bool IsArchived,
    long Created,
    IReadOnlyList<string> PreviousNames,
    string? ImUser = null)
{
    public bool IsIm => ImUser is not null;

    /// <summary>The <c>channel_type</c> Slack puts on message events for this conversation.</summary>
    public string MessageChannelType => IsIm ? "im" : IsPrivate ? "group" : "channel";
}
