using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>An envelope the fake pushed down a socket (<see cref="Type"/> is events_api, slash_commands or interactive).</summary>
public sealed record SentEnvelope(string EnvelopeId, string Type, JsonObject Payload, int ConnectionId, DateTimeOffset SentAt);
