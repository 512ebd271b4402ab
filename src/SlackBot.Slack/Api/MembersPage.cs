namespace SlackBot.Slack.Api;

/// <summary>One page of a conversation's member ids; <see cref="NextCursor"/> is null when there is nothing more to read.</summary>
public sealed record MembersPage(IReadOnlyList<string> Members, string? NextCursor);
