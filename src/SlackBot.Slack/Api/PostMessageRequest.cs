using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>Arguments of chat.postMessage. Unset values are left out of the request so Slack applies its defaults.</summary>
public sealed record PostMessageRequest
{
    /// <summary>Channel id, or a user id to post in that user's App Home messages tab.</summary>
    public required string Channel { get; init; }

    /// <summary>Plain or mrkdwn text; with <see cref="Blocks"/> it becomes the notification fallback.</summary>
    public string? Text { get; init; }

    public JsonArray? Blocks { get; init; }

    /// <summary>The parent message's ts, never a reply's, to post into a thread.</summary>
    public string? ThreadTs { get; init; }

    public bool? ReplyBroadcast { get; init; }

    public bool? UnfurlLinks { get; init; }

    public bool? UnfurlMedia { get; init; }

    public MessageMetadata? Metadata { get; init; }
}
