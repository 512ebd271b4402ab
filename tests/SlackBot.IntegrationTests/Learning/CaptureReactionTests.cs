using SlackBot.Features.Findings;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>:bulb:</c> keeps a message as a finding, in its author's words, with a link back to it, whether or not the channel
/// is an incident's. The finding follows the message: an edit changes it, a deletion removes it.
/// </summary>
public class CaptureReactionTests
{
    private const string Words = "the trick is to drain the EU pool before restarting the cache, otherwise the warm-up takes twenty minutes";
    private const string EditedWords = "the trick is to drain the EU pool before restarting the cache; otherwise the warm-up takes about twenty minutes";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [TestCase(LearningBed.IncidentChannel, true)]
    [TestCase(LearningBed.TeamChannel, false)]
    public async Task A_message_marked_with_bulb_becomes_a_finding_that_follows_its_edits_and_deletion(string channel, bool isIncidentChannel)
    {
        var incident = isIncidentChannel ? await _bed.StartIncidentAsync() : null;
        var ts = await _bed.Sender.PostUserMessageAsync(channel, LearningBed.Alice, Words);
        var message = _bed.Message(channel, ts);
        var findingId = Finding.IdForMessage(channel, ts);

        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", message, _bed.NextEventTs()));
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the finding to be recorded");

        var finding = _bed.Findings.Find(findingId)!;
        var permalink = _bed.Slack.Calls("chat.getPermalink")
            .Single(call => call.Args["message_ts"]?.GetValue<string>() == ts && call.Args["channel"]?.GetValue<string>() == channel)
            .Response!["permalink"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Text, Is.EqualTo(Words));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice), "the author's words, not the person who reacted");
            Assert.That(finding.Source, Is.EqualTo(FindingSource.Reaction));
            Assert.That(finding.Permalink, Is.EqualTo(permalink), "the link Slack gave for the message");
            Assert.That(finding.Permalink, Does.Contain(channel));
            Assert.That(finding.ChannelId, Is.EqualTo(channel));
            Assert.That(finding.MessageTs, Is.EqualTo(ts));
            Assert.That(finding.IncidentId, Is.EqualTo(incident?.Id), isIncidentChannel ? "tied to the channel's incident" : "no incident here");
        });

        await _bed.SendEventAsync(SlackEvents.MessageChanged(message, EditedWords, _bed.NextEventTs()));
        await _bed.DrainAsync();

        var edited = _bed.Findings.Find(findingId);
        Assert.That(edited, Is.Not.Null, "an edit keeps the finding");
        Assert.Multiple(() =>
        {
            Assert.That(edited!.Text, Is.EqualTo(EditedWords));
            Assert.That(edited.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(edited.Permalink, Is.EqualTo(permalink));
        });

        await _bed.SendEventAsync(SlackEvents.MessageDeleted(message with { Text = EditedWords }, _bed.NextEventTs()));
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Findings.Find(findingId), Is.Null, "a deleted message takes its finding with it");
            Assert.That(_bed.Findings.All(), Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_thread_reply_marked_with_bulb_outside_an_incident_becomes_a_finding()
    {
        // The bot keeps no log of this channel, so it has to read the reply back from Slack.
        var parent = await _bed.Sender.PostUserMessageAsync(LearningBed.TeamChannel, LearningBed.Carol, "how do you warm the cache after a restart?");
        var reply = await _bed.Sender.PostUserMessageAsync(LearningBed.TeamChannel, LearningBed.Alice, Words, threadTs: parent);
        var findingId = Finding.IdForMessage(LearningBed.TeamChannel, reply);

        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", _bed.Message(LearningBed.TeamChannel, reply), _bed.NextEventTs()));
        await _bed.DrainAsync();

        var finding = _bed.Findings.Find(findingId);
        Assert.That(finding, Is.Not.Null, "the reply became a finding");
        Assert.Multiple(() =>
        {
            Assert.That(finding!.Text, Is.EqualTo(Words), "the reply's words, not its parent's");
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(finding.Permalink, Does.Contain("thread_ts=" + parent), "a link into the thread");
            Assert.That(_bed.Findings.All(), Has.Count.EqualTo(1));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase(LearningBed.IncidentChannel)]
    [TestCase(LearningBed.TeamChannel)]
    public async Task A_thread_parent_deleted_into_a_tombstone_takes_its_finding_and_moment_with_it(string channel)
    {
        if (channel == LearningBed.IncidentChannel) await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(channel, LearningBed.Alice, Words);
        await _bed.Sender.PostUserMessageAsync(channel, LearningBed.Bob, "nice, noting that down", threadTs: ts);
        var message = _bed.Message(channel, ts);
        var findingId = Finding.IdForMessage(channel, ts);
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", message, _bed.NextEventTs()));
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the finding to be recorded");

        await _bed.SendEventAsync(SlackEvents.Tombstone(message, _bed.NextEventTs()));
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Findings.Find(findingId), Is.Null, "the tombstone's text never becomes the finding's");
            Assert.That(_bed.Moments.Find(channel, ts), Is.Null);
            Assert.That(_bed.IncidentMessages.Find(channel, ts), Is.Null);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
