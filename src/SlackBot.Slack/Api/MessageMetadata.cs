using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api;

/// <summary>
/// Structured metadata attached to a message: the bot uses it to recognise its own posts (for example which
/// question a message asks) when it reads history back.
/// </summary>
public sealed record MessageMetadata(string EventType, JsonObject EventPayload);
