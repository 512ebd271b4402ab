namespace SlackBot.Slack.Api.Wire;

// Method-specific answer bodies. They stay internal: callers get the public records, which carry no envelope noise.

internal sealed record AuthTestWire : SlackResponse
{
    public string? UserId { get; init; }
    public string? BotId { get; init; }
    public string? TeamId { get; init; }
    public string? Team { get; init; }
    public string? User { get; init; }
    public string? Url { get; init; }
}

/// <summary>chat.postMessage and chat.update.</summary>
internal sealed record ChannelTsWire : SlackResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
}

internal sealed record PostEphemeralWire : SlackResponse
{
    public string? MessageTs { get; init; }
}

internal sealed record PermalinkWire : SlackResponse
{
    public string? Permalink { get; init; }
}

/// <summary>conversations.info and conversations.join.</summary>
internal sealed record ConversationWire : SlackResponse
{
    public SlackConversation? Channel { get; init; }
}

/// <summary>conversations.history and conversations.replies.</summary>
internal sealed record MessagesWire : SlackResponse
{
    public IReadOnlyList<SlackMessage>? Messages { get; init; }
    public bool HasMore { get; init; }
}

internal sealed record MembersWire : SlackResponse
{
    public IReadOnlyList<string>? Members { get; init; }
}

internal sealed record UserWire : SlackResponse
{
    public SlackUser? User { get; init; }
}

internal sealed record UserGroupsWire : SlackResponse
{
    public IReadOnlyList<SlackUserGroup>? Usergroups { get; init; }
}

internal sealed record UserGroupUsersWire : SlackResponse
{
    public IReadOnlyList<string>? Users { get; init; }
}

internal sealed record ViewWire : SlackResponse
{
    public SlackView? View { get; init; }
}

internal sealed record UploadUrlWire : SlackResponse
{
    public string? UploadUrl { get; init; }
    public string? FileId { get; init; }
}

internal sealed record FilesWire : SlackResponse
{
    public IReadOnlyList<SlackFileRef>? Files { get; init; }
}

/// <summary>apps.connections.open.</summary>
internal sealed record ConnectionUrlWire : SlackResponse
{
    public string? Url { get; init; }
}
