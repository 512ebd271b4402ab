namespace SlackBot.Slack.Api;

/// <summary>Arguments of files.completeUploadExternal: share uploaded files, optionally in a channel or thread.</summary>
public sealed record CompleteUploadRequest
{
    public required IReadOnlyList<SlackFileRef> Files { get; init; }

    /// <summary>Without a channel the files stay private to the bot.</summary>
    public string? ChannelId { get; init; }

    public string? InitialComment { get; init; }

    public string? ThreadTs { get; init; }
}
