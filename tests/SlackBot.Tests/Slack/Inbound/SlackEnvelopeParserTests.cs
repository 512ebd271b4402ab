using SlackBot.Slack.Api;
using System.Text.Json;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Slack.Inbound;

public class SlackEnvelopeParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> EventCallbacks() =>
        Fixtures.In("Slack/Events").Where(path => !path.Contains("url_verification") && !path.Contains("app_rate_limited"));

    [TestCaseSource(nameof(EventCallbacks))]
    public void Every_event_fixture_becomes_an_event_envelope_keyed_by_event_id(string fixture)
    {
        var body = Fixtures.Bytes(fixture);
        using var json = JsonDocument.Parse(body);

        var result = SlackEnvelopeParser.ParseEventsBody(body, Now, retryAttempt: 2, retryReason: "http_timeout");

        var envelope = ((EnvelopeParseResult.Delivery)result).Envelope;
        Assert.Multiple(() =>
        {
            Assert.That(envelope.Id, Is.EqualTo("ev:" + json.RootElement.GetProperty("event_id").GetString()));
            Assert.That(envelope.Kind, Is.EqualTo(EnvelopeKind.Event));
            Assert.That(envelope.Type, Is.EqualTo(json.RootElement.GetProperty("event").GetProperty("type").GetString()));
            Assert.That(envelope.RetryAttempt, Is.EqualTo(2));
            Assert.That(envelope.RetryReason, Is.EqualTo("http_timeout"));
            Assert.That(envelope.Transport, Is.EqualTo("http"));
            Assert.That(JsonDocument.Parse(envelope.Payload).RootElement.GetProperty("event_id").GetString(),
                Is.EqualTo(json.RootElement.GetProperty("event_id").GetString()));
        });
    }

    [Test]
    public void Url_verification_yields_the_challenge()
    {
        var result = SlackEnvelopeParser.ParseEventsBody(Fixtures.Bytes("Slack/Events/url_verification.json"), Now);
        Assert.That(result, Is.EqualTo(new EnvelopeParseResult.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")));
    }

    [Test]
    public void App_rate_limited_is_recognised_not_dispatched()
    {
        var result = SlackEnvelopeParser.ParseEventsBody(Fixtures.Bytes("Slack/Events/app_rate_limited.json"), Now);
        Assert.That(result, Is.EqualTo(new EnvelopeParseResult.RateLimited(1518467820)));
    }

    [TestCaseSource(typeof(Fixtures), nameof(Fixtures.In), new object[] { "Slack/Malformed", "*" })]
    public void Malformed_bodies_are_invalid_not_exceptions(string fixture) =>
        Assert.That(SlackEnvelopeParser.ParseEventsBody(Fixtures.Bytes(fixture), Now), Is.InstanceOf<EnvelopeParseResult.Invalid>());

    // Which message fixtures are something a person wrote (the moment detector's input) and which are not.
    [TestCase("e1_message_channels.json", true)]
    [TestCase("e2_user_message.json", true)]
    [TestCase("e3_thread_broadcast.json", true)]
    [TestCase("thread_reply.json", true)]
    [TestCase("e8_bot_message.json", false)]
    [TestCase("e9_app_message.json", false)]
    [TestCase("e8_message_changed.json", false)]
    [TestCase("e8_message_deleted.json", false)]
    [TestCase("e8_channel_join.json", false)]
    [TestCase("e7_message_channel_archive.json", false)]
    public void Message_events_read_into_typed_records(string fixture, bool fromHuman)
    {
        var message = InnerEvent<MessageEvent>(fixture);
        Assert.That(message.IsFromHuman, Is.EqualTo(fromHuman));
    }

    [Test]
    public void Thread_reply_knows_its_parent()
    {
        var reply = InnerEvent<MessageEvent>("thread_reply.json");
        Assert.Multiple(() =>
        {
            Assert.That(reply.IsThreadReply, Is.True);
            Assert.That(reply.ThreadTs, Is.EqualTo("1700000000.000100"));
            Assert.That(reply.ParentUserId, Is.EqualTo("U123ABC456"));
            Assert.That(reply.ChannelType, Is.EqualTo("channel"));
        });
    }

    [Test]
    public void Edit_carries_the_new_version_of_the_message()
    {
        var edit = InnerEvent<MessageEvent>("e8_message_changed.json");
        Assert.Multiple(() =>
        {
            Assert.That(edit.Subtype, Is.EqualTo("message_changed"));
            Assert.That(edit.Message?.Text, Is.EqualTo("Hello, world!"));
            Assert.That(edit.Message?.Ts, Is.EqualTo("1355517523.000005"));
            Assert.That(edit.Message?.Edited?.User, Is.EqualTo("U123ABC456"));
        });
    }

    [Test]
    public void Deletion_names_the_deleted_message() =>
        Assert.That(InnerEvent<MessageEvent>("e8_message_deleted.json").DeletedTs, Is.EqualTo("1358878749.000002"));

    [Test]
    public void Reaction_reads_item_and_emoji()
    {
        var reaction = InnerEvent<ReactionEvent>("e5_reaction_added.json");
        Assert.Multiple(() =>
        {
            Assert.That(reaction.BaseReaction, Is.EqualTo("thumbsup"));
            Assert.That(reaction.Item, Is.EqualTo(new ReactionItem("message", "C123ABC456", "1360782400.498405")));
            Assert.That(reaction.ItemUser, Is.EqualTo("U222222222"));
        });
    }

    [Test]
    public void Channel_events_read_both_channel_shapes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InnerEvent<ChannelChangedEvent>("e7_channel_rename.json").Channel?.Name, Is.EqualTo("new_name"));
            Assert.That(InnerEvent<ChannelChangedEvent>("e7_channel_created.json").Channel?.Creator, Is.EqualTo("U024BE7LH"));
            Assert.That(InnerEvent<ChannelArchiveEvent>("e7_channel_archive.json").Channel, Is.EqualTo("C123ABC456"));
            Assert.That(InnerEvent<MemberJoinedChannelEvent>("e6_member_joined_channel.json").Inviter, Is.EqualTo("U123456789"));
            Assert.That(InnerEvent<AppHomeOpenedEvent>("e10_app_home_opened.json").Tab, Is.EqualTo("home"));
        });
    }

    [TestCase("doc_example.form", "/weather", "94070", "U2147483697", "C2147483705", "cmd:13345224609.738474920.8088930838d88f008e0")]
    [TestCase("bolt_fixture.form", "/hello-world", "Hi", "W111", "C111", "cmd:111.111.xxx")]
    [TestCase("signature_vector.form", "/webhook-collect", "", "U2CERLKJA", "G8PSS9T3V", "cmd:398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")]
    public void Slash_command_forms_are_decoded(string fixture, string command, string text, string user, string channel, string id)
    {
        var result = SlackEnvelopeParser.ParseCommandForm(Fixtures.Text("Slack/Commands/" + fixture), Now);

        var envelope = ((EnvelopeParseResult.Delivery)result).Envelope;
        var parsed = JsonSerializer.Deserialize<SlashCommand>(envelope.Payload, SlackJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That(envelope.Kind, Is.EqualTo(EnvelopeKind.Command));
            Assert.That(envelope.Type, Is.EqualTo(command));
            Assert.That(envelope.Id, Is.EqualTo(id));
            Assert.That(parsed.Command, Is.EqualTo(command));
            Assert.That(parsed.Text, Is.EqualTo(text));
            Assert.That(parsed.UserId, Is.EqualTo(user));
            Assert.That(parsed.ChannelId, Is.EqualTo(channel));
            Assert.That(parsed.ResponseUrl, Does.StartWith("https://hooks.slack.com/commands/"));
        });
    }

    [Test]
    public void Plus_in_a_form_is_a_space()
    {
        var envelope = ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseCommandForm(Fixtures.Text("Slack/Commands/bolt_fixture.form"), Now)).Envelope;
        Assert.That(JsonDocument.Parse(envelope.Payload).RootElement.GetProperty("enterprise_name").GetString(), Is.EqualTo("Org Name"));
    }

    [Test]
    public void Ssl_check_is_recognised() =>
        Assert.That(SlackEnvelopeParser.ParseCommandForm("ssl_check=1&token=abc", Now), Is.InstanceOf<EnvelopeParseResult.SslCheck>());

    [TestCase("")]
    [TestCase("text=hello&user_id=U1")]
    [TestCase("command=weather&text=x")]
    public void Form_without_a_slash_command_is_invalid(string body) =>
        Assert.That(SlackEnvelopeParser.ParseCommandForm(body, Now), Is.InstanceOf<EnvelopeParseResult.Invalid>());

    [TestCase("block_actions.json", "block_actions", "ia:111.222.valid")]
    [TestCase("view_submission.json", "view_submission", "ia:111.222.valid")]
    [TestCase("message_action.json", "message_action", "ia:111.222.shortcut")]
    public void Interaction_forms_decode_the_payload_field(string fixture, string type, string id)
    {
        var json = Fixtures.Text("Slack/Interactions/" + fixture);
        var form = "payload=" + Uri.EscapeDataString(json);

        var envelope = ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseInteractionForm(form, Now)).Envelope;

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Kind, Is.EqualTo(EnvelopeKind.Interaction));
            Assert.That(envelope.Type, Is.EqualTo(type));
            Assert.That(envelope.Id, Is.EqualTo(id));
        });
    }

    [Test]
    public void Block_actions_and_view_submission_read_into_typed_records()
    {
        var actions = JsonSerializer.Deserialize<BlockActionsPayload>(Fixtures.Text("Slack/Interactions/block_actions.json"), SlackJson.Options)!;
        var submission = JsonSerializer.Deserialize<ViewSubmissionPayload>(Fixtures.Text("Slack/Interactions/view_submission.json"), SlackJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That(actions.Actions.Single().ActionId, Is.EqualTo("a"));
            Assert.That(actions.Actions.Single().Value, Is.EqualTo("click_me_123"));
            Assert.That(actions.Container?.ChannelId, Is.EqualTo("C111"));
            Assert.That(actions.User.Id, Is.EqualTo("W111"));
            Assert.That(submission.View.CallbackId, Is.EqualTo("view-id"));
            Assert.That(submission.View.PrivateMetadata, Is.EqualTo("This is for you!"));
            Assert.That(submission.View.InputValue("hspI", "maBWU"), Is.EqualTo("test"));
        });
    }

    [Test]
    public void A_message_shortcut_reads_into_its_typed_record_and_is_ordered_with_its_channel()
    {
        var json = Fixtures.Text("Slack/Interactions/message_action.json");
        var shortcut = JsonSerializer.Deserialize<MessageShortcutPayload>(json, SlackJson.Options)!;
        var envelope = ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseInteractionForm("payload=" + Uri.EscapeDataString(json), Now)).Envelope;

        Assert.Multiple(() =>
        {
            Assert.That(shortcut.CallbackId, Is.EqualTo("save_as_finding"));
            Assert.That(shortcut.TriggerId, Is.EqualTo("111.222.shortcut"));
            Assert.That(shortcut.User.Id, Is.EqualTo("U222"), "who chose the shortcut");
            Assert.That(shortcut.Channel?.Id, Is.EqualTo("C333"));
            Assert.That(shortcut.MessageTs, Is.EqualTo("1700000000.000100"));
            Assert.That(shortcut.Message?.User, Is.EqualTo("U111"), "who wrote the message");
            Assert.That(shortcut.Message?.Ts, Is.EqualTo("1700000000.000100"));
            Assert.That(shortcut.Message?.ThreadTs, Is.EqualTo("1699999990.000200"));
            Assert.That(shortcut.Message?.Text, Does.StartWith("drained the EU pool *before*"));
            Assert.That(shortcut.ResponseUrl, Is.EqualTo("https://hooks.slack.com/app/T111/1234/abcdef"));
            Assert.That(envelope.OrderingKey, Is.EqualTo("C333"), "a shortcut on a message takes its place in that channel's order");
        });
    }

    [TestCase("")]
    [TestCase("payload=")]
    [TestCase("payload=%7Bnot%20json")]
    [TestCase("payload=%5B1%2C2%5D")]
    [TestCase("payload=%7B%22token%22%3A%22x%22%7D")]
    public void Malformed_interaction_forms_are_invalid(string body) =>
        Assert.That(SlackEnvelopeParser.ParseInteractionForm(body, Now), Is.InstanceOf<EnvelopeParseResult.Invalid>());

    private static T InnerEvent<T>(string fixture)
    {
        using var json = JsonDocument.Parse(Fixtures.Bytes("Slack/Events/" + fixture));
        return json.RootElement.GetProperty("event").Deserialize<T>(SlackJson.Options)!;
    }
}
