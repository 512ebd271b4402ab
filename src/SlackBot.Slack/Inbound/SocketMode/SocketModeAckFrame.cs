using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>The acknowledgement Slack expects for each envelope: <c>{"envelope_id": "…", "payload": {…}}</c>.</summary>
internal static class SocketModeAckFrame
{
    /// <param name="payload">A command's answer or a modal's response_action; only for envelopes that accept one.</param>
    public static string Write(string envelopeId, JsonObject? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                payload.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
