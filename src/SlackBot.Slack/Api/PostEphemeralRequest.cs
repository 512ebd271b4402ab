using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>Arguments of chat.postEphemeral: a message only <see cref="User"/> sees, in a channel they belong to.</summary>
public sealed record PostEphemeralRequest
{
    public required string Channel { get; init; }

    public required string User { get; init; }

    public string? Text { get; init; }

    public JsonArray? Blocks { get; init; }

    /// <summary>Only shown when the thread already has replies.</summary>
    public string? ThreadTs { get; init; }
}
