using System.Text.Json;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeFrameReaderTests
{
    private static IEnumerable<string> Disconnects => Fixtures.In("SocketMode/Disconnect");

    private static IEnumerable<string> UnreadableFrames => Fixtures.In("SocketMode/Unreadable");

    [Test]
    public void Hello_gives_the_app_id_the_connection_count_and_the_expected_lifetime()
    {
        var frame = SocketModeFrameReader.Read(Fixtures.Text("SocketMode/hello.json"));

        Assert.That(frame, Is.EqualTo(new SocketModeFrame.Hello("A111", 2, 18060)));
    }

    [Test]
    public void A_hello_without_details_is_still_a_hello()
    {
        Assert.That(SocketModeFrameReader.Read("""{"type":"hello"}"""), Is.EqualTo(new SocketModeFrame.Hello(null, null, null)));
    }

    [TestCaseSource(nameof(Disconnects))]
    public void A_disconnect_carries_its_reason_and_only_link_disabled_is_final(string fixture)
    {
        var reason = Path.GetFileNameWithoutExtension(fixture);

        var frame = SocketModeFrameReader.Read(Fixtures.Text(fixture));

        Assert.That(frame, Is.TypeOf<SocketModeFrame.Disconnect>());
        var disconnect = (SocketModeFrame.Disconnect)frame;
        Assert.Multiple(() =>
        {
            Assert.That(disconnect.Reason, Is.EqualTo(reason));
            Assert.That(disconnect.IsFinal, Is.EqualTo(reason == "link_disabled"));
        });
    }

    [Test]
    public void A_disconnect_without_a_reason_is_not_final()
    {
        var frame = (SocketModeFrame.Disconnect)SocketModeFrameReader.Read("""{"type":"disconnect"}""");

        Assert.That(frame.IsFinal, Is.False);
    }

    [TestCase("Slack/Socket/socket_events_api.json", "ac2cfd40-6f8c-4d5e-a1ad-646e532baa19", "events_api", false)]
    [TestCase("Slack/Socket/socket_slash_command.json", "1d3c79ab-0ffb-41f3-a080-d19e85f53649", "slash_commands", true)]
    [TestCase("Slack/Socket/socket_interactive.json", "57d6a792-4d35-4d0b-b6aa-3361493e1caf", "interactive", false)]
    public void Slacks_envelopes_are_read_with_their_id_type_and_payload(string fixture, string envelopeId, string type, bool acceptsResponse)
    {
        var frame = SocketModeFrameReader.Read(Fixtures.Text(fixture));

        Assert.That(frame, Is.TypeOf<SocketModeFrame.Envelope>());
        var envelope = (SocketModeFrame.Envelope)frame;
        Assert.Multiple(() =>
        {
            Assert.That(envelope.EnvelopeId, Is.EqualTo(envelopeId));
            Assert.That(envelope.Type, Is.EqualTo(type));
            Assert.That(envelope.AcceptsResponsePayload, Is.EqualTo(acceptsResponse));
            Assert.That(envelope.Payload.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(envelope.RetryAttempt, Is.Zero);
            Assert.That(envelope.RetryReason, Is.Null, "Slack sends an empty retry_reason on first deliveries");
        });
    }

    [Test]
    public void A_redelivery_keeps_its_retry_attempt_and_reason()
    {
        var envelope = (SocketModeFrame.Envelope)SocketModeFrameReader.Read(Fixtures.Text("SocketMode/events_api_retry.json"));

        Assert.Multiple(() =>
        {
            Assert.That(envelope.RetryAttempt, Is.EqualTo(2));
            Assert.That(envelope.RetryReason, Is.EqualTo("timeout"));
        });
    }

    [Test]
    public void The_payload_outlives_the_text_it_was_read_from()
    {
        var envelope = (SocketModeFrame.Envelope)SocketModeFrameReader.Read(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        GC.Collect();

        Assert.That(envelope.Payload.GetProperty("event_id").GetString(), Is.EqualTo("Ev111"));
    }

    [Test]
    public void An_envelope_without_a_payload_is_read_with_an_undefined_one()
    {
        var envelope = (SocketModeFrame.Envelope)SocketModeFrameReader.Read(Fixtures.Text("SocketMode/events_api_without_payload.json"));

        Assert.That(envelope.Payload.ValueKind, Is.EqualTo(JsonValueKind.Undefined));
    }

    [TestCaseSource(nameof(UnreadableFrames))]
    public void A_frame_Slack_would_not_send_is_unreadable_with_a_reason(string fixture)
    {
        var frame = SocketModeFrameReader.Read(Fixtures.Text(fixture));

        Assert.That(frame, Is.TypeOf<SocketModeFrame.Unreadable>());
        Assert.That(((SocketModeFrame.Unreadable)frame).Reason, Is.Not.Empty);
    }

    [Test]
    public void An_unknown_type_is_quoted_but_only_briefly()
    {
        var frame = (SocketModeFrame.Unreadable)SocketModeFrameReader.Read($$"""{"type":"{{new string('x', 500)}}"}""");

        Assert.That(frame.Reason, Has.Length.LessThan(80));
    }
}
