namespace SlackBot.Slack.Api;

/// <summary>A modal or App Home view as Slack stored it; pass <see cref="Hash"/> back to update without racing another writer.</summary>
public sealed record SlackView
{
    public required string Id { get; init; }

    public string? Hash { get; init; }

    /// <summary>modal or home.</summary>
    public string? Type { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public string? ExternalId { get; init; }
}
