using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>A message as conversations.history and conversations.replies return it.</summary>
public sealed record SlackMessage
{
    public string? Type { get; init; }

    /// <summary>Null for an ordinary message; otherwise e.g. bot_message, channel_join, thread_broadcast.</summary>
    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public required string Ts { get; init; }

    /// <summary>The parent's ts for thread messages (the parent carries its own ts here too).</summary>
    public string? ThreadTs { get; init; }

    public string? ParentUserId { get; init; }

    public int? ReplyCount { get; init; }

    public SlackEdited? Edited { get; init; }

    /// <summary>Only present when the request asked for metadata.</summary>
    public MessageMetadata? Metadata { get; init; }

    public JsonArray? Blocks { get; init; }

    public IReadOnlyList<SlackReaction>? Reactions { get; init; }

    public IReadOnlyList<SlackFileRef>? Files { get; init; }
}
