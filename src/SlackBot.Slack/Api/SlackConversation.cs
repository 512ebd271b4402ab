namespace SlackBot.Slack.Api;

/// <summary>A channel, private channel or DM as conversations.info and conversations.join describe it.</summary>
public sealed record SlackConversation
{
    public required string Id { get; init; }

    /// <summary>Absent for direct messages.</summary>
    public string? Name { get; init; }

    public bool IsChannel { get; init; }

    public bool IsGroup { get; init; }

    public bool IsIm { get; init; }

    public bool IsPrivate { get; init; }

    public bool IsArchived { get; init; }

    /// <summary>Whether the bot is in the conversation; Slack leaves it out for some conversation types.</summary>
    public bool? IsMember { get; init; }
}
