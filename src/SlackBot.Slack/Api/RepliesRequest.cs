namespace SlackBot.Slack.Api;

/// <summary>Arguments of conversations.replies: the thread under the parent message <see cref="Ts"/>, parent first.</summary>
public sealed record RepliesRequest
{
    public required string Channel { get; init; }

    /// <summary>The thread's parent message ts.</summary>
    public required string Ts { get; init; }

    public string? Cursor { get; init; }

    public int? Limit { get; init; }

    public string? Oldest { get; init; }

    public string? Latest { get; init; }

    public bool? Inclusive { get; init; }

    public bool? IncludeAllMetadata { get; init; }
}
