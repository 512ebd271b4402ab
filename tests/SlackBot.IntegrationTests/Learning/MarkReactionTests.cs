using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Responders can point at a moment the detector would not have picked: <c>:mag:</c> on a plain message makes it one,
/// and it is asked about after resolution like any other; taking the reaction back undoes it.
/// </summary>
public class MarkReactionTests
{
    private const string PlainWords = "p99 is 2.3s";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_plain_message_marked_with_mag_becomes_a_moment_and_is_asked_about_after_resolution()
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, PlainWords);
        await _bed.DrainAsync();
        Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, ts), Is.Null, "the detector alone does not keep it");

        var message = _bed.Message(LearningBed.IncidentChannel, ts);
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "mag", message, _bed.NextEventTs()));
        await _bed.DrainAsync();

        var moment = _bed.Moments.Find(LearningBed.IncidentChannel, ts);
        Assert.That(moment, Is.Not.Null, "marked with :mag:");
        Assert.Multiple(() =>
        {
            Assert.That(moment!.Source, Is.EqualTo(MomentSource.Marked));
            Assert.That(moment.MarkedBy, Is.EqualTo(LearningBed.Bob));
            Assert.That(moment.UserId, Is.EqualTo(LearningBed.Alice), "the moment is the author's, whoever marked it");
            Assert.That(moment.IncidentId, Is.EqualTo(incident.Id));
            Assert.That(moment.Text, Is.EqualTo(PlainWords));
        });

        await _bed.LearnAsync("resolve", LearningBed.Bob, LearningBed.IncidentChannel);
        var question = await _bed.WaitForPostedQuestionAsync(moment!);

        var post = _bed.Message(LearningBed.IncidentChannel, question.PostedTs!);
        Assert.Multiple(() =>
        {
            Assert.That(question.UserId, Is.EqualTo(LearningBed.Alice), "asked of the person who wrote it");
            Assert.That(post.BotId, Is.EqualTo(_bed.Slack.BotId));
            Assert.That(post.ThreadTs, Is.EqualTo(ts), "a thread reply on the marked message");
            Assert.That(post.Text, Does.Contain($"<@{LearningBed.Alice}>"));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_thread_reply_from_before_the_bot_joined_can_be_marked_with_mag()
    {
        const string WarRoom = "C0WARROOM";
        _bed.Slack.AddChannel(WarRoom, "checkout-war-room", botIsMember: false);
        // Written before anyone ran /learn start, so the bot never saw them and has to read the reply back from Slack.
        var parent = _bed.Slack.AddMessage(WarRoom, LearningBed.Carol, "EU checkout is slow, anyone looking?");
        var reply = _bed.Slack.AddMessage(WarRoom, LearningBed.Alice, PlainWords, threadTs: parent);
        await _bed.LearnAsync("start Checkout slow", LearningBed.Carol, WarRoom);

        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "mag", _bed.Message(WarRoom, reply), _bed.NextEventTs()));
        await _bed.DrainAsync();

        var moment = _bed.Moments.Find(WarRoom, reply);
        Assert.That(moment, Is.Not.Null, "the reply became a moment");
        Assert.Multiple(() =>
        {
            Assert.That(moment!.Text, Is.EqualTo(PlainWords), "the reply's words, not its parent's");
            Assert.That(moment.UserId, Is.EqualTo(LearningBed.Alice));
            Assert.That(moment.ThreadRootTs, Is.EqualTo(parent), "a question about it goes to its thread");
            Assert.That(moment.IncidentId, Is.EqualTo(_bed.Incidents.ActiveIn(WarRoom)!.Id));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Taking_the_mag_back_before_resolution_undoes_the_moment()
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, PlainWords);
        var message = _bed.Message(LearningBed.IncidentChannel, ts);
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "mag", message, _bed.NextEventTs()));
        await _bed.DrainAsync();
        Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, ts), Is.Not.Null, "marked first");

        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_removed", LearningBed.Bob, "mag", message, _bed.NextEventTs()));
        await _bed.DrainAsync();
        Assert.That(_bed.Moments.Find(LearningBed.IncidentChannel, ts), Is.Null, "unmarked by the person who marked it");

        await _bed.LearnAsync("resolve", LearningBed.Bob, LearningBed.IncidentChannel);
        await Poll.UntilAsync(() => _bed.Questions.IsPlanned(incident.Id), LearningBed.Generous, "the incident's questions to be planned");
        await _bed.WaitForSchedulerPassAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Questions.ForIncident(incident.Id), Has.None.Matches<AskedQuestion>(question => question.MomentTs == ts));
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Is.Empty, "nothing to ask about");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_second_person_taking_their_mag_back_leaves_the_first_persons_mark()
    {
        await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, PlainWords);
        var message = _bed.Message(LearningBed.IncidentChannel, ts);
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "mag", message, _bed.NextEventTs()));
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Carol, "mag", message, _bed.NextEventTs()));
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_removed", LearningBed.Carol, "mag", message, _bed.NextEventTs()));
        await _bed.DrainAsync();

        var moment = _bed.Moments.Find(LearningBed.IncidentChannel, ts);
        Assert.Multiple(() =>
        {
            Assert.That(moment, Is.Not.Null, "Bob's :mag: is still on the message");
            Assert.That(moment?.MarkedBy, Is.EqualTo(LearningBed.Bob));
        });
    }
}
