namespace SlackBot.Slack.Api;

/// <summary>One page of messages; <see cref="NextCursor"/> is null when there is nothing more to read.</summary>
public sealed record MessagesPage(IReadOnlyList<SlackMessage> Messages, bool HasMore, string? NextCursor);
