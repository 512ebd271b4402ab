namespace SlackBot.Slack.Dispatch.Events;

/// <summary>
/// <c>subteam_members_changed</c>: people were added to or removed from a user group (<c>S…</c>). Needs the
/// <c>usergroups:read</c> scope and a subscription; a cache of group members can drop <see cref="SubteamId"/> on it.
/// </summary>
public sealed record SubteamMembersChangedEvent
{
    public string Type { get; init; } = "";
    public string SubteamId { get; init; } = "";
    public string? TeamId { get; init; }
    public IReadOnlyList<string> AddedUsers { get; init; } = [];
    public IReadOnlyList<string> RemovedUsers { get; init; } = [];
    public long? DateUpdate { get; init; }
    public string? EventTs { get; init; }
}

/// <summary><c>subteam_updated</c>: a user group was renamed, re-handled, disabled or re-enabled, or its members changed.</summary>
public sealed record SubteamUpdatedEvent
{
    public string Type { get; init; } = "";
    public SubteamRef? Subteam { get; init; }
    public string? EventTs { get; init; }
}

/// <summary>The group inside <c>subteam_updated</c>; <see cref="DateDelete"/> is non-zero while it is disabled.</summary>
public sealed record SubteamRef
{
    public string Id { get; init; } = "";
    public string? Handle { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string>? Users { get; init; }
    public long? DateDelete { get; init; }

    public bool IsDisabled => DateDelete is > 0;
}
