using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>One POST to a response_url this fake handed out. <see cref="Body"/> is null when the body was not a JSON
/// object; <see cref="StatusCode"/> says whether the fake accepted it (Slack allows five uses in thirty minutes).</summary>
public sealed record ResponseUrlPost(
    string ResponseUrlId,
    JsonObject? Body,
    string RawBody,
    string? ContentType,
    DateTimeOffset At,
    int StatusCode);
