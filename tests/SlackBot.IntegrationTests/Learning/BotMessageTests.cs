using System.Net;
using System.Text.Json.Nodes;
using SlackBot.Features.Incidents;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Moments are people's words. An incident bot's chatter is never read as a moment, however much it sounds like one,
/// and the bot's own posts (which Slack does send back to it) are dropped before they reach any feature.
/// </summary>
public class BotMessageTests
{
    // Words the detector takes as a moment when a person writes them (checked in each test).
    private const string MomentWords = "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [TestCase(AppPostShape.BotUser)]
    [TestCase(AppPostShape.LegacyBotMessage)]
    public async Task An_incident_bots_chatter_is_not_read_as_a_moment(AppPostShape shape)
    {
        var incident = await _bed.StartIncidentAsync();
        var lastHumanMessage = _bed.Incidents.Find(incident.Id)!.LastHumanMessageAt;
        var chatterTs = _bed.NextEventTs();

        await _bed.SendEventAsync(SlackEvents.FromApp(shape, LearningBed.IncidentChannel, chatterTs, MomentWords, "B0PAGER", "U0PAGER", "pager-bot"));
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Bot.Inbox.All().Last().Status, Is.EqualTo(Storage.Inbox.InboxStatus.Processed), "the post reached the features");
            Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, chatterTs), Is.Null);
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, chatterTs), Is.Null);
            Assert.That(_bed.Incidents.Find(incident.Id)!.LastHumanMessageAt, Is.EqualTo(lastHumanMessage), "an app's post is not a sign of human activity");
        });

        // The same words from a person are a moment: the chatter was skipped for being an app's, not for its words.
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, MomentWords);
        Assert.Multiple(() =>
        {
            Assert.That(moment.UserId, Is.EqualTo(LearningBed.Bob));
            Assert.That(_bed.Moments.All(), Has.Count.EqualTo(1));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase(true, true)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    public async Task The_bots_own_post_is_dropped_before_any_feature_sees_it(bool withOwnUser, bool withOwnBotId)
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = _bed.NextEventTs();
        var ownPost = new JsonObject { ["type"] = "message", ["text"] = "Resolved: checkout latency. " + MomentWords };
        if (withOwnUser) ownPost["user"] = _bed.Slack.BotUserId;
        if (withOwnBotId) ownPost["bot_id"] = _bed.Slack.BotId;
        if (!withOwnUser) ownPost["subtype"] = "bot_message";
        ownPost["ts"] = ts;
        ownPost["channel"] = LearningBed.IncidentChannel;
        ownPost["channel_type"] = "channel";

        using var response = await _bed.Sender.SendEventAsync(ownPost, eventId: "Ev0OWNPOST");
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "acknowledged, so Slack does not retry it");
            Assert.That(_bed.Bot.Inbox.Find("ev:Ev0OWNPOST"), Is.Null, "never stored for the features");
            Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, ts), Is.Null);
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, ts), Is.Null);
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Active), "its own status line does not end the incident");
        });

        var moment = await _bed.PostMomentAsync(LearningBed.Bob, MomentWords);
        Assert.That(moment.UserId, Is.EqualTo(LearningBed.Bob), "the same words from a person are a moment");
    }
}
