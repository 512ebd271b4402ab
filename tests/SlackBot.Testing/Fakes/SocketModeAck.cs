using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>An acknowledgement frame the app sent: <c>{"envelope_id": …, "payload": {…}}</c>; <see cref="Payload"/> is
/// the optional response (a slash command's reply, a view_submission's response_action).</summary>
public sealed record SocketModeAck(string EnvelopeId, JsonObject? Payload, DateTimeOffset ReceivedAt, int ConnectionId);
