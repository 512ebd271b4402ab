using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// A message whose ts is not a Slack timestamp has no time to be attributed by: it is refused with a clear error on
/// its inbox record and changes nothing, instead of being kept as a message written in 1970.
/// </summary>
public class MalformedTimestampTests
{
    private const string Words = "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_message_with_a_malformed_ts_is_refused_clearly_and_changes_nothing()
    {
        var incident = await _bed.StartIncidentAsync();
        var before = _bed.Incidents.Find(incident.Id)!;

        await _bed.SendEventAsync(new JsonObject
        {
            ["type"] = "message", ["channel"] = LearningBed.IncidentChannel, ["user"] = LearningBed.Bob,
            ["text"] = Words, ["ts"] = "yesterday.000100", ["channel_type"] = "channel",
        });
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.ListenerErrors(), Has.Some.Contains("FormatException").And.Contains("'yesterday.000100' is not a Slack timestamp"));
            Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, "yesterday.000100"), Is.Null, "no moment");
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, "yesterday.000100"), Is.Null, "not kept as a message");
            Assert.That(_bed.Incidents.Find(incident.Id)!.LastHumanMessageAt, Is.EqualTo(before.LastHumanMessageAt), "no activity recorded");
        });

        // The channel carries on as before: the next well-formed message is a moment of the same incident.
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, Words);
        Assert.That(moment.IncidentId, Is.EqualTo(incident.Id));
    }
}
