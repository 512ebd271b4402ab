using System.Text;
using CsCheck;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// The HTTP bodies Slack (or anyone who can reach the bot) sends: Events API JSON, slash-command forms, and
/// interactivity forms with a <c>payload=</c> field. Every input gets a parse result; a delivery always has an id,
/// a type and an ordering key, so nothing downstream meets a half-read envelope.
/// </summary>
public class EnvelopeParserFuzzTests
{
    private const string Events = "events body (JSON)";
    private const string Commands = "slash command form";
    private const string Interactions = "interactivity form (payload=)";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static readonly byte[][] EventSeeds = [.. Fixtures.In("Slack/Events").Concat(Fixtures.In("Slack/Malformed")).Select(Fixtures.Bytes)];
    private static readonly byte[][] CommandSeeds = [.. Fixtures.In("Slack/Commands").Select(Fixtures.Bytes)];
    private static readonly byte[][] InteractionSeeds =
        [.. Fixtures.In("Slack/Interactions").Select(path => Encoding.ASCII.GetBytes("payload=" + Uri.EscapeDataString(Fixtures.Text(path))))];

    [Test]
    public void Events_bodies_always_get_an_answer() =>
        Check.Sample(Gen.Frequency((5, HostileBytes.Mutated(EventSeeds)), (3, HostileBytes.Shaped("event_callback", "url_verification", "app_rate_limited")), (1, HostileBytes.Noise)),
            ParseEvents, iter: 3_000, threads: 1);

    [Test]
    public void Command_forms_always_get_an_answer() =>
        Check.Sample(Gen.Frequency((5, HostileBytes.Mutated(CommandSeeds)), (1, HostileBytes.Noise)), ParseCommand, iter: 2_500, threads: 1);

    [Test]
    public void Interaction_forms_always_get_an_answer() =>
        Check.Sample(Gen.Frequency(
                (5, HostileBytes.Mutated(InteractionSeeds)),
                (3, HostileBytes.Shaped("block_actions", "view_submission", "shortcut", "message_action")
                    .Select(json => Encoding.ASCII.GetBytes("payload=" + Uri.EscapeDataString(Encoding.UTF8.GetString(json))))),
                (1, HostileBytes.Noise)),
            ParseInteraction, iter: 2_500, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_inputs_always_get_an_answer(byte[] input)
    {
        ParseEvents(input);
        ParseCommand(input);
        ParseInteraction(input);
        ParseInteraction([.. "payload="u8, .. input]);
    }

    [OneTimeTearDown]
    public void Report()
    {
        HostileRun.Report(Events);
        HostileRun.Report(Commands);
        HostileRun.Report(Interactions);
    }

    private static void ParseEvents(byte[] body) =>
        HostileRun.Guard(Events, body.Length, () => AssertWellFormed(SlackEnvelopeParser.ParseEventsBody(body, Now, retryAttempt: 1, retryReason: "http_timeout")));

    private static void ParseCommand(byte[] body) =>
        HostileRun.Guard(Commands, body.Length, () => AssertWellFormed(SlackEnvelopeParser.ParseCommandForm(Encoding.UTF8.GetString(body), Now)));

    private static void ParseInteraction(byte[] body) =>
        HostileRun.Guard(Interactions, body.Length, () => AssertWellFormed(SlackEnvelopeParser.ParseInteractionForm(Encoding.UTF8.GetString(body), Now)));

    internal static void AssertWellFormed(EnvelopeParseResult result)
    {
        switch (result)
        {
            case EnvelopeParseResult.Delivery { Envelope: var envelope }:
                Assert.That(envelope.Id, Has.Length.GreaterThan(3), "a delivery has an id to deduplicate by");
                Assert.That(envelope.Type, Is.Not.Empty);
                Assert.That(envelope.OrderingKey, Is.Not.Empty);
                Assert.That(envelope.Payload, Is.Not.Empty);
                break;
            case EnvelopeParseResult.Invalid invalid:
                Assert.That(invalid.Reason, Is.Not.Empty);
                break;
            case EnvelopeParseResult.UrlVerification verification:
                Assert.That(verification.Challenge, Is.Not.Empty);
                break;
            case EnvelopeParseResult.SslCheck or EnvelopeParseResult.RateLimited:
                break;
            default:
                Assert.Fail($"unexpected parse result {result}");
                break;
        }
    }
}
