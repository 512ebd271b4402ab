using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Inbound;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Inbound;

/// <summary>The ordering key each delivery gets when it is parsed: its channel, else its person, else the global key.</summary>
public class EnvelopeOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    // Every event fixture, with the key its delivery must get. The documentation's examples of message subtypes
    // without a channel (archive, bot message, join) fall back to the person, or to the global key.
    private static readonly Dictionary<string, string> EventKeys = new(StringComparer.Ordinal)
    {
        ["e1_message_channels.json"] = "C123ABC456",
        ["e2_user_message.json"] = "C111",
        ["e3_thread_broadcast.json"] = "C111",
        ["e4_app_mention.json"] = "C123ABC456",
        ["e5_reaction_added.json"] = "C123ABC456",
        ["e6_member_joined_channel.json"] = "C123ABC456",
        ["e7_channel_archive.json"] = "C123ABC456",
        ["e7_channel_created.json"] = "C024BE91L",
        ["e7_channel_rename.json"] = "C02ELGNBH",
        ["e7_message_channel_archive.json"] = "user:U1234",
        ["e8_bot_message.json"] = EnvelopeOrder.Global,
        ["e8_channel_join.json"] = "user:U123ABC456",
        ["e8_message_changed.json"] = "C123ABC456",
        ["e8_message_deleted.json"] = "C123ABC456",
        ["e9_app_message.json"] = "C111",
        ["e10_app_home_opened.json"] = "D123ABC456",
        ["thread_reply.json"] = "C123ABC456",
    };

    private static IEnumerable<TestCaseData> EventFixtures() =>
        EventKeys.Select(entry => new TestCaseData(entry.Key, entry.Value).SetArgDisplayNames(entry.Key));

    [TestCaseSource(nameof(EventFixtures))]
    public void An_event_is_keyed_by_the_channel_it_happened_in(string fixture, string expected)
    {
        var result = SlackEnvelopeParser.ParseEventsBody(Fixtures.Bytes("Slack/Events/" + fixture), Now);

        Assert.That(((EnvelopeParseResult.Delivery)result).Envelope.OrderingKey, Is.EqualTo(expected));
    }

    [Test]
    public void Every_event_fixture_has_an_expected_key()
    {
        var callbacks = Fixtures.In("Slack/Events")
            .Select(Path.GetFileName)
            .Where(name => name is not ("url_verification.json" or "app_rate_limited.json"));
        Assert.That(EventKeys.Keys, Is.EquivalentTo(callbacks));
    }

    [TestCase("doc_example.form", "C2147483705")]
    [TestCase("bolt_fixture.form", "C111")]
    [TestCase("signature_vector.form", "G8PSS9T3V")]
    public void A_slash_command_is_keyed_by_the_channel_it_was_typed_in(string fixture, string expected)
    {
        var result = SlackEnvelopeParser.ParseCommandForm(Fixtures.Text("Slack/Commands/" + fixture), Now);

        Assert.That(((EnvelopeParseResult.Delivery)result).Envelope.OrderingKey, Is.EqualTo(expected));
    }

    [Test]
    public void A_button_press_is_keyed_by_the_channel_of_its_message() =>
        Assert.That(Interaction(Fixture("block_actions.json")).OrderingKey, Is.EqualTo("C111"));

    [Test]
    public void A_button_press_that_names_only_its_container_is_keyed_by_the_containers_channel()
    {
        var payload = Fixture("block_actions.json");
        payload.Remove("channel");

        Assert.That(Interaction(payload).OrderingKey, Is.EqualTo("C111"));
    }

    [Test]
    public void A_modal_submission_is_keyed_by_the_channel_its_metadata_names()
    {
        var payload = Fixture("view_submission.json");
        payload["view"]!["private_metadata"] = new ViewMetadata("C0INC1", "q:C0INC1:1700000000.000100").Serialize();

        Assert.That(Interaction(payload).OrderingKey, Is.EqualTo("C0INC1"));
    }

    [Test]
    public void A_button_inside_a_modal_is_keyed_by_the_channel_its_metadata_names()
    {
        var payload = Fixture("block_actions.json");
        payload.Remove("channel");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V111" };
        payload["view"] = new JsonObject { ["id"] = "V111", ["type"] = "modal", ["private_metadata"] = new ViewMetadata("C0INC1", "x").Serialize() };

        Assert.That(Interaction(payload).OrderingKey, Is.EqualTo("C0INC1"));
    }

    [Test]
    public void A_modal_submission_without_a_channel_is_keyed_by_the_person() =>
        Assert.That(Interaction(Fixture("view_submission.json")).OrderingKey, Is.EqualTo("user:W111"), "its metadata is another app's free text");

    [Test]
    public void Socket_mode_deliveries_get_the_same_keys_as_http_ones()
    {
        using var events = JsonDocument.Parse(Fixtures.Text("Slack/Socket/socket_events_api.json"));
        using var command = JsonDocument.Parse(Fixtures.Text("Slack/Socket/socket_slash_command.json"));
        using var shortcut = JsonDocument.Parse(Fixtures.Text("Slack/Socket/socket_interactive.json"));

        var eventEnvelope = SlackEnvelopeParser.ParseEventsPayload(events.RootElement.GetProperty("payload"), Now, SlackEnvelopeParser.SocketTransport);
        var commandEnvelope = SlackEnvelopeParser.ParseCommandPayload(command.RootElement.GetProperty("payload"), Now, "env-1");
        var shortcutEnvelope = SlackEnvelopeParser.ParseInteractionPayload(shortcut.RootElement.GetProperty("payload"), Now, SlackEnvelopeParser.SocketTransport, "env-2");

        Assert.Multiple(() =>
        {
            Assert.That(((EnvelopeParseResult.Delivery)eventEnvelope).Envelope.OrderingKey, Is.EqualTo("C111"));
            Assert.That(((EnvelopeParseResult.Delivery)commandEnvelope).Envelope.OrderingKey, Is.EqualTo("C111"));
            Assert.That(((EnvelopeParseResult.Delivery)shortcutEnvelope).Envelope.OrderingKey, Is.EqualTo("user:U111"), "a global shortcut names only the person");
        });
    }

    [Test]
    public void The_key_read_back_from_a_stored_payload_is_the_key_given_when_parsed()
    {
        foreach (var fixture in EventKeys.Keys)
        {
            var envelope = ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseEventsBody(Fixtures.Bytes("Slack/Events/" + fixture), Now)).Envelope;
            Assert.That(EnvelopeOrder.KeyFor(envelope.Kind, envelope.Payload), Is.EqualTo(envelope.OrderingKey), fixture);
        }
    }

    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("{\"event\":\"C1\"}")]
    [TestCase("{\"event\":{\"channel\":42,\"user\":{\"id\":7}}}")]
    public void Odd_payloads_get_the_global_key(string payload) =>
        Assert.That(EnvelopeOrder.KeyFor(EnvelopeKind.Event, payload), Is.EqualTo(EnvelopeOrder.Global));

    private static JsonObject Fixture(string name) => JsonNode.Parse(Fixtures.Text("Slack/Interactions/" + name))!.AsObject();

    private static SlackEnvelope Interaction(JsonObject payload) =>
        ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseInteractionForm("payload=" + Uri.EscapeDataString(payload.ToJsonString()), Now)).Envelope;
}
