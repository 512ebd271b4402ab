namespace SlackBot.Slack.Api;

/// <summary>A user group (<c>S…</c>) as <c>usergroups.list</c> describes it; <see cref="Handle"/> is what people type after @.</summary>
public sealed record SlackUserGroup(string Id, string Handle, string? Name);
