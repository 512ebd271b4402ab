using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>Arguments of chat.update; only messages the bot itself posted can be changed.</summary>
public sealed record UpdateMessageRequest
{
    public required string Channel { get; init; }

    public required string Ts { get; init; }

    public string? Text { get; init; }

    public JsonArray? Blocks { get; init; }
}
