using SlackBot.Slack.Inbound;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeEnvelopeTranslatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [TestCase("Slack/Socket/socket_events_api.json", "ev:Ev111", EnvelopeKind.Event, "message")]
    [TestCase("Slack/Socket/socket_slash_command.json", "cmd:111.222.xxx", EnvelopeKind.Command, "/hello-socket-mode")]
    [TestCase("Slack/Socket/socket_interactive.json", "ia:111.222.xxx", EnvelopeKind.Interaction, "shortcut")]
    public void Each_envelope_type_becomes_the_same_envelope_HTTP_would_give(string fixture, string id, EnvelopeKind kind, string type)
    {
        var result = Translate(fixture);

        Assert.That(result, Is.TypeOf<EnvelopeParseResult.Delivery>());
        var envelope = ((EnvelopeParseResult.Delivery)result).Envelope;
        Assert.Multiple(() =>
        {
            Assert.That(envelope.Id, Is.EqualTo(id));
            Assert.That(envelope.Kind, Is.EqualTo(kind));
            Assert.That(envelope.Type, Is.EqualTo(type));
            Assert.That(envelope.Transport, Is.EqualTo(SlackEnvelopeParser.SocketTransport));
            Assert.That(envelope.ReceivedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void A_redelivered_event_keeps_its_event_id_so_it_is_deduplicated_like_an_HTTP_retry()
    {
        var envelope = ((EnvelopeParseResult.Delivery)Translate("SocketMode/events_api_retry.json")).Envelope;

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Id, Is.EqualTo("ev:Ev222"));
            Assert.That(envelope.RetryAttempt, Is.EqualTo(2));
            Assert.That(envelope.RetryReason, Is.EqualTo("timeout"));
        });
    }

    [Test]
    public void An_interaction_without_a_trigger_id_is_keyed_by_its_envelope_id()
    {
        var envelope = ((EnvelopeParseResult.Delivery)Translate("SocketMode/interactive_without_trigger_id.json")).Envelope;

        Assert.That(envelope.Id, Is.EqualTo("ia:e0b3f4a5-6c7d-4e8f-9a01-a2b3c4d5e6f7"));
    }

    [TestCase("SocketMode/events_api_without_payload.json")]
    [TestCase("SocketMode/events_api_without_event_id.json")]
    public void An_envelope_whose_payload_Slack_would_not_send_is_invalid(string fixture)
    {
        Assert.That(Translate(fixture), Is.TypeOf<EnvelopeParseResult.Invalid>());
    }

    private static EnvelopeParseResult Translate(string fixture) =>
        SocketModeEnvelopeTranslator.Translate((SocketModeFrame.Envelope)SocketModeFrameReader.Read(Fixtures.Text(fixture)), Now);
}
