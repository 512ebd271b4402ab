using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>A modal (views.open) or Home tab (views.publish) as Slack holds it. <see cref="View"/> is the full view
/// object the API returned (id, hash, blocks, private_metadata, ...).</summary>
public sealed record FakeView(
    string Id,
    string Type,
    string? UserId,
    string? TriggerId,
    string Hash,
    string? ExternalId,
    JsonObject View,
    DateTimeOffset At);
