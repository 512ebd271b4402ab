namespace SlackBot.Slack.Api;

/// <summary>A user group (Slack calls them subteams, ids start with <c>S</c>) as usergroups.list describes it.</summary>
public sealed record SlackUserGroup
{
    public required string Id { get; init; }

    /// <summary>What people type after <c>@</c>, e.g. <c>incident-facilitators</c>.</summary>
    public string? Handle { get; init; }

    /// <summary>The display name, e.g. "Incident facilitators".</summary>
    public string? Name { get; init; }
}
