using System.Text.Json.Nodes;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// Each filled sample read into the typed record its route uses, with the router's serializer settings: every field a
/// listener reads must carry the sample's value. No app is booted; this is the parsing half of the conformance suite.
/// </summary>
public sealed class RecordedShapeTests
{
    /// <summary>Fixed ids: these tests only read, so any well-formed world will do.</summary>
    private static readonly RecordedWorld World = new()
    {
        TeamId = "T0RECORDED",
        TeamDomain = "recorded",
        AppId = "A0RECORDED",
        BotUserId = "U0RECBOT",
        Person = "U0RECPERSON",
        PersonName = "recorded.person",
        PublicChannel = new RecordedConversation("C0RECPUBLIC", "inc-recorded-public", "channel"),
        PrivateChannel = new RecordedConversation("C0RECPRIVATE", "inc-recorded-private", "group"),
        DirectMessage = new RecordedConversation("D0RECPERSON", "D0RECPERSON", "im"),
        Command = "/learn",
        ActionId = "question:answer",
        ViewCallbackId = "question_answer",
        MessageShortcutCallbackId = "save_as_finding",
    };

    public static IEnumerable<RecordedSample> TypedEvents => RecordedPayloads.Events.Where(sample => TypedShapes.Events.ContainsKey(sample.Type));

    public static IEnumerable<RecordedSample> MessageEvents => RecordedPayloads.Events.Where(sample => sample.Type == "message");

    public static IEnumerable<RecordedSample> TypedInteractions => RecordedPayloads.Interactions.Where(sample => TypedShapes.Interactions.ContainsKey(sample.Type));

    public static IEnumerable<RecordedSample> BlockActions => RecordedPayloads.Interactions.Where(sample => sample.Type == "block_actions");

    public static IEnumerable<RecordedSample> Commands => RecordedPayloads.Commands;

    [TestCaseSource(nameof(TypedEvents))]
    public void An_events_inner_event_reads_into_its_typed_record_with_every_field_the_bot_reads(RecordedSample sample)
    {
        var inner = Filled(sample)["event"]!;

        Assert.That(TypedShapes.Events[sample.Type].Mismatches(inner), Is.Empty);
    }

    [TestCaseSource(nameof(TypedInteractions))]
    public void An_interaction_reads_into_its_typed_record_with_every_field_the_bot_reads(RecordedSample sample)
    {
        Assert.That(TypedShapes.Interactions[sample.Type].Mismatches(Filled(sample)), Is.Empty);
    }

    [TestCaseSource(nameof(BlockActions))]
    public void Each_pressed_action_reads_into_the_action_record_the_listener_gets(RecordedSample sample)
    {
        var actions = Filled(sample)["actions"]!.AsArray();

        Assert.That(actions, Is.Not.Empty, "the sample records at least one action");
        Assert.That(actions.Select(action => TypedShapes.BlockAction.Mismatches(action!)), Has.All.Empty);
    }

    [TestCaseSource(nameof(Commands))]
    public void A_slash_commands_fields_read_into_the_command_record(RecordedSample sample)
    {
        Assert.That(TypedShapes.Command.Mismatches(Filled(sample)), Is.Empty);
    }

    /// <summary>Slack's own list: a person writes plain messages, /me, file shares and thread replies sent to the
    /// channel; every other subtype is something the system or an app did.</summary>
    [TestCaseSource(nameof(MessageEvents))]
    public void A_message_counts_as_a_persons_exactly_when_its_subtype_says_a_person_wrote_it(RecordedSample sample)
    {
        var message = (MessageEvent)TypedShapes.Events["message"].Read(Filled(sample)["event"]!);

        var writtenByAPerson = sample.Subtype is null or "me_message" or "file_share" or "thread_broadcast";
        Assert.That(message.IsFromHuman, Is.EqualTo(writtenByAPerson), $"subtype {sample.Subtype ?? "(none)"}");
    }

    [Test]
    public void Filling_leaves_no_blank_in_any_field_the_bot_reads()
    {
        var blanks = TypedEvents.SelectMany(sample => Blanks(sample, TypedShapes.Events[sample.Type], Filled(sample)["event"]!))
            .Concat(TypedInteractions.SelectMany(sample => Blanks(sample, TypedShapes.Interactions[sample.Type], Filled(sample))))
            .Concat(Commands.SelectMany(sample => Blanks(sample, TypedShapes.Command, Filled(sample))))
            .Where(blank => !AllowedBlanks.Contains(blank.Split(' ')[^1]))
            .ToList();

        Assert.That(blanks, Is.Empty, "a field the bot reads is still blank after Fill; teach RecordedPayloads.Fill about it (or list it as allowed here)");
    }

    /// <summary>Free text and values Slack itself may send empty; the bot must cope with "" there.</summary>
    private static readonly HashSet<string> AllowedBlanks =
    [
        "text", "message.text", "previous_message.text", "view.private_metadata", "view.hash", "files[0].name", "files[0].title",
        "actions[0].block_id",
    ];

    private static IEnumerable<string> Blanks(RecordedSample sample, TypedShape shape, JsonNode json) =>
        shape.Fields.Where(field => RecordedPayloads.IsBlank(RecordedJson.At(json, field.Path))).Select(field => $"{sample} {field.Path}");

    private static JsonObject Filled(RecordedSample sample) =>
        RecordedPayloads.Fill(sample, World, new RecordedDelivery("Ev0SHAPE", "1.2.shape", "V0SHAPE", new Uri("https://hooks.slack.test/response/shape"), DateTimeOffset.UtcNow));
}
