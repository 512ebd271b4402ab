using System.Text.Json.Nodes;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Support;

/// <summary>Builds envelopes the way the receivers do, for tests below the receivers.</summary>
internal static class Envelopes
{
    public static readonly DateTimeOffset Received = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static SlackEnvelope Message(string eventId, string text = "weird, the graph is flat", string user = "U1", string channel = "C1", string? botId = null)
    {
        var inner = new JsonObject { ["type"] = "message", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = "1700000000.000100", ["channel_type"] = "channel" };
        if (botId is not null) inner["bot_id"] = botId;
        return Event(eventId, inner);
    }

    public static SlackEnvelope Event(string eventId, JsonObject inner)
    {
        var body = new JsonObject { ["type"] = "event_callback", ["team_id"] = "T1", ["event_id"] = eventId, ["event_time"] = 1700000000, ["event"] = inner };
        return ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseEventsBody(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), Received)).Envelope;
    }

    public static SlackEnvelope Command(string text, string triggerId = "trigger-1", string command = "/learn", string channel = "C1") =>
        ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseCommandForm(
            $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id=U1&channel_id={channel}&trigger_id={triggerId}&response_url=https%3A%2F%2Fhooks.example%2Fr%2F1",
            Received)).Envelope;

    public static SlackEnvelope Interaction(JsonObject payload) =>
        ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseInteractionForm("payload=" + Uri.EscapeDataString(payload.ToJsonString()), Received)).Envelope;
}
