using System.Net;
using System.Text.Json.Nodes;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Fakes;
using SlackBot.IntegrationTests.Support;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Slack retries an event for hours when its first delivery failed. A message written during the incident and
/// delivered an hour after its resolution still belongs to it: its moment is asked about in a later pass, and nothing
/// already asked is asked again. A retry of a delivery the bot already has changes nothing.
/// </summary>
public class LateDeliveryTests
{
    private ShiftableClock _clock = null!;
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp()
    {
        _clock = new ShiftableClock();
        _bed = await LearningBed.StartAsync(clock: _clock);
    }

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_message_whose_first_delivery_was_lost_arrives_an_hour_after_the_resolution_and_is_asked_about_in_a_later_pass()
    {
        var incident = await _bed.StartIncidentAsync();
        var alice = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        // Carol writes during the response, but Slack's delivery of her message fails (the bot was unreachable).
        var lostTs = _bed.Slack.AddMessage(LearningBed.IncidentChannel, LearningBed.Carol,
            "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        var bob = await _bed.PostMomentAsync(LearningBed.Bob, "weird, the write graph went completely flat at 10:02 and nobody deployed anything");
        await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        await _bed.WaitForPostedQuestionAsync(alice);
        await _bed.WaitForPostedQuestionAsync(bob);
        Assert.That(_bed.Questions.PlanFor(incident.Id)!.Passes, Is.EqualTo(1));

        _clock.Skip(TimeSpan.FromHours(1));
        using (var retry = await _bed.Sender.SendEventAsync(UserMessage(_bed.Message(LearningBed.IncidentChannel, lostTs)), eventId: "Ev0LOSTFIRST", retryNum: 1, retryReason: "http_timeout"))
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _bed.DrainAsync();

        var late = _bed.Moments.Find(LearningBed.IncidentChannel, lostTs);
        Assert.That(late, Is.Not.Null, "the late message is a moment");
        Assert.Multiple(() =>
        {
            Assert.That(late!.IncidentId, Is.EqualTo(incident.Id), "of the incident it was written in, resolved an hour ago");
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, lostTs)?.IncidentId, Is.EqualTo(incident.Id));
            Assert.That(_bed.Bot.Inbox.Find("ev:Ev0LOSTFIRST")!.RetryAttempt, Is.EqualTo(1));
        });

        var question = await _bed.WaitForPostedQuestionAsync(late!);
        await _bed.WaitForSchedulerPassAsync();

        var questions = _bed.Questions.ForIncident(incident.Id);
        var posts = _bed.Slack.Calls("chat.postMessage");
        Assert.Multiple(() =>
        {
            Assert.That(question.UserId, Is.EqualTo(LearningBed.Carol));
            Assert.That(_bed.Message(LearningBed.IncidentChannel, question.PostedTs!).ThreadTs, Is.EqualTo(lostTs), "asked in the thread of the late message");
            Assert.That(_bed.Questions.PlanFor(incident.Id)!.Passes, Is.EqualTo(2), "planned in a second pass");
            Assert.That(questions.Select(q => q.MomentId), Is.EquivalentTo(new[] { alice.Id, bob.Id, late.Id }), "one question per moment");
            Assert.That(posts, Has.Count.EqualTo(3), "nothing asked twice");
            Assert.That(posts.Select(post => post.Args["thread_ts"]!.GetValue<string>()), Is.Unique);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_retry_of_a_delivery_already_processed_an_hour_after_the_resolution_changes_nothing()
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = _bed.Slack.AddMessage(LearningBed.IncidentChannel, LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var message = UserMessage(_bed.Message(LearningBed.IncidentChannel, ts));
        using (var first = await _bed.Sender.SendEventAsync(message, eventId: "Ev0DELIVERED"))
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _bed.DrainAsync();
        var moment = _bed.Moments.Find(LearningBed.IncidentChannel, ts) ?? throw new AssertionException("the first delivery made no moment");
        await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        var asked = await _bed.WaitForPostedQuestionAsync(moment);

        _clock.Skip(TimeSpan.FromHours(1));
        using (var retry = await _bed.Sender.SendEventAsync(message, eventId: "Ev0DELIVERED", retryNum: 1, retryReason: "http_timeout"))
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK), "acknowledged, so Slack stops retrying");
        await _bed.DrainAsync();
        await _bed.WaitForSchedulerPassAsync();
        await _bed.WaitForSchedulerPassAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Bot.Inbox.All().Count(record => record.Id == "ev:Ev0DELIVERED"), Is.EqualTo(1));
            Assert.That(_bed.Bot.Inbox.Find("ev:Ev0DELIVERED")!.RetryAttempt, Is.Zero, "the first delivery is the one kept");
            Assert.That(_bed.Bot.Inbox.All(), Has.All.Matches<InboxRecord>(record => record.Status == InboxStatus.Processed));
            Assert.That(_bed.Questions.ForIncident(incident.Id).Select(q => q.Id), Is.EqualTo(new[] { asked.Id }));
            Assert.That(_bed.Questions.Find(asked.Id)!.Posts, Is.EqualTo(1));
            Assert.That(_bed.Questions.PlanFor(incident.Id)!.Passes, Is.EqualTo(1), "nothing new to plan");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Has.Count.EqualTo(1), "nothing asked twice");
            Assert.That(_bed.Moments.ForIncident(incident.Id).Select(m => m.Id), Is.EqualTo(new[] { moment.Id }));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    /// <summary>A person's message event as Slack delivers it, for a message already in the fake workspace.</summary>
    private static JsonObject UserMessage(FakeMessage message) => new()
    {
        ["client_msg_id"] = message.ClientMsgId,
        ["type"] = "message",
        ["text"] = message.Text,
        ["user"] = message.User,
        ["ts"] = message.Ts,
        ["team"] = "T0FAKE",
        ["channel"] = message.Channel,
        ["event_ts"] = message.Ts,
        ["channel_type"] = "channel",
    };
}
