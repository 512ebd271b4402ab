using System.Net;
using SlackBot.Hosting;
using SlackBot.IntegrationTests.Fakes;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>Recorded samples spoiled on purpose: the HTTP receiver answers with a clear 4xx and stores nothing.</summary>
public sealed class RecordedInvalidPayloadTests
{
    private ConformanceBed _bed = null!;

    public static IEnumerable<TestCaseData> BadSignatures =>
        from sample in new[] { "events/MessagePayload.json", "app-backend/interactive-components/BlockActionPayload.json", "app-backend/slash-commands/SlashCommandPayload.json" }
        from mode in new[] { SigningMode.TamperedBody, SigningMode.WrongSecret, SigningMode.Stale, SigningMode.NoHeaders }
        select new TestCaseData(sample, mode);

    [OneTimeSetUp]
    public async Task StartAsync() => _bed = await ConformanceBed.StartAsync(SlackMode.Http);

    [OneTimeTearDown]
    public async Task StopAsync() => await _bed.DisposeAsync();

    [TestCaseSource(nameof(BadSignatures))]
    public async Task A_filled_sample_with_a_bad_signature_gets_401_and_changes_nothing(string path, SigningMode signing)
    {
        var sample = Sample(path);
        var request = RecordedHttpRequest.For(sample, RecordedPayloads.Fill(sample, _bed.World, _bed.NextDelivery()).ToJsonString());
        var before = _bed.Bot.Inbox.All().Count;

        using var response = await _bed.Sender.SendRawAsync(request.Path, request.Body, request.ContentType, signing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(_bed.Bot.Inbox.All(), Has.Count.EqualTo(before), "nothing was stored");
        }
    }

    [TestCase("events/MessagePayload.json", "Unsupported callback type")]
    [TestCase("events/ChannelArchivePayload.json", "without an event_id")]
    public async Task A_sample_sent_unfilled_is_refused_with_400_naming_what_is_missing(string path, string reason)
    {
        var sample = Sample(path);
        await AssertRefusedAsync(RecordedHttpRequest.For(sample, RecordedPayloads.Load(sample).ToJsonString()), reason);
    }

    [TestCase("events/ReactionAddedPayload.json", "not valid JSON")]
    [TestCase("app-backend/views/ViewSubmissionPayload.json", "not valid JSON")]
    public async Task A_sample_cut_short_is_refused_with_400(string path, string reason)
    {
        var sample = Sample(path);
        var json = RecordedPayloads.Fill(sample, _bed.World, _bed.NextDelivery()).ToJsonString();

        await AssertRefusedAsync(RecordedHttpRequest.For(sample, json[..(json.Length / 2)]), reason);
    }

    private async Task AssertRefusedAsync(RecordedHttpRequest request, string reason)
    {
        var before = _bed.Bot.Inbox.All().Count;

        using var response = await _bed.Sender.SendRawAsync(request.Path, request.Body, request.ContentType, SigningMode.Valid);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason), "the answer says what is wrong");
            Assert.That(_bed.Bot.Inbox.All(), Has.Count.EqualTo(before), "nothing was stored");
        }
    }

    private static RecordedSample Sample(string path) => RecordedPayloads.All.First(sample => sample.Path == path);
}
