namespace SlackBot.Slack.Api;

/// <summary>A file by id, with its title when known.</summary>
public sealed record SlackFileRef(string Id, string? Title);
