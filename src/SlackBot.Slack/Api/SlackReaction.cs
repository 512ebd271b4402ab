namespace SlackBot.Slack.Api;

/// <summary>An emoji reaction on a message; <see cref="Users"/> may be a sample when <see cref="Count"/> is large.</summary>
public sealed record SlackReaction
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Users { get; init; } = [];

    public int Count { get; init; }
}
