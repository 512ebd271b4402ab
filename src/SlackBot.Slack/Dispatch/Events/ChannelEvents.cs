namespace SlackBot.Slack.Dispatch.Events;

/// <summary><c>channel_created</c> and <c>channel_rename</c>: <c>channel</c> is an object here.</summary>
public sealed record ChannelChangedEvent
{
    public string Type { get; init; } = "";
    public ChannelRef? Channel { get; init; }
}

public sealed record ChannelRef(string Id, string? Name, long? Created, string? Creator);

/// <summary><c>channel_archive</c> / <c>channel_unarchive</c>: <c>channel</c> is just the id here.</summary>
public sealed record ChannelArchiveEvent
{
    public string Type { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? User { get; init; }
}

/// <summary><c>member_joined_channel</c>; <see cref="ChannelType"/> is a single letter, C or G.</summary>
public sealed record MemberJoinedChannelEvent
{
    public string User { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? ChannelType { get; init; }
    public string? Inviter { get; init; }
}

/// <summary><c>app_home_opened</c>, sent each time a user opens the app's Home or Messages tab.</summary>
public sealed record AppHomeOpenedEvent
{
    public string User { get; init; } = "";
    public string? Channel { get; init; }
    public string? Tab { get; init; }
}
