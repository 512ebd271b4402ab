namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Turns a Socket Mode envelope into the transport-neutral <see cref="SlackEnvelope"/> through the same parser the
/// HTTP receiver uses: an event, command or interaction reads the same whichever way it arrived.
/// </summary>
internal static class SocketModeEnvelopeTranslator
{
    public static EnvelopeParseResult Translate(SocketModeFrame.Envelope envelope, DateTimeOffset receivedAt) => envelope.Type switch
    {
        SocketModeFrameReader.EventsApi => SlackEnvelopeParser.ParseEventsPayload(
            envelope.Payload, receivedAt, SlackEnvelopeParser.SocketTransport, envelope.RetryAttempt, envelope.RetryReason),
        SocketModeFrameReader.SlashCommands => SlackEnvelopeParser.ParseCommandPayload(envelope.Payload, receivedAt, envelope.EnvelopeId),
        SocketModeFrameReader.Interactive => SlackEnvelopeParser.ParseInteractionPayload(
            envelope.Payload, receivedAt, SlackEnvelopeParser.SocketTransport, envelope.EnvelopeId),
        _ => new EnvelopeParseResult.Invalid("Unsupported envelope type."),
    };
}
