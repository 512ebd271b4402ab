namespace SlackBot.Slack.Api;

/// <summary>Arguments of conversations.history (top-level messages only; thread replies come from conversations.replies).</summary>
public sealed record HistoryRequest
{
    public required string Channel { get; init; }

    /// <summary>The <see cref="MessagesPage.NextCursor"/> of the previous page; null for the first page.</summary>
    public string? Cursor { get; init; }

    public int? Limit { get; init; }

    /// <summary>Only messages after this ts.</summary>
    public string? Oldest { get; init; }

    /// <summary>Only messages before this ts.</summary>
    public string? Latest { get; init; }

    /// <summary>Include messages whose ts equals <see cref="Oldest"/> or <see cref="Latest"/>.</summary>
    public bool? Inclusive { get; init; }

    public bool? IncludeAllMetadata { get; init; }
}
