using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>A chat.postEphemeral message: visible to one user only, never part of channel history.</summary>
public sealed record FakeEphemeralMessage(
    string Channel,
    string User,
    string MessageTs,
    string Text,
    string? ThreadTs,
    JsonArray? Blocks);
