using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// A question waits for its time; if the message it is about is deleted meanwhile, it is never posted and ends up
/// Cancelled, while a colleague's question from the same incident still goes out.
/// </summary>
public class DeletedMomentTests
{
    private ShiftableClock _clock = null!;
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp()
    {
        _clock = new ShiftableClock();
        // It is night for both, so the questions are planned but wait for the morning: the window in which the message
        // goes away. The clock then skips to the morning instead of the test waiting for it.
        var nightZone = WallClockZones.WhereItIsAbout(new TimeOnly(3, 0), _clock.GetUtcNow());
        _bed = await LearningBed.StartAsync(WorkingHours.EveryDay(new TimeOnly(9, 0), new TimeOnly(17, 30)), _clock, slack =>
        {
            slack.AddUser(LearningBed.Alice, "alice", nightZone);
            slack.AddUser(LearningBed.Bob, "bob", nightZone);
        });
    }

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_question_whose_message_was_deleted_before_its_release_is_never_posted()
    {
        var incident = await _bed.StartIncidentAsync();
        var aliceMoment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var bobMoment = await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);

        await Poll.UntilAsync(() => _bed.Questions.ForIncident(incident.Id).Count == 2, LearningBed.Generous, "both questions to be planned");
        await _bed.WaitForSchedulerPassAsync();
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Questions.ForIncident(incident.Id).Select(question => question.Status), Is.All.EqualTo(QuestionStatus.Scheduled), "waiting for the morning");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Is.Empty);
        });

        await _bed.SendEventAsync(SlackEvents.MessageDeleted(_bed.Message(LearningBed.IncidentChannel, aliceMoment.Ts), _bed.NextEventTs()));
        await _bed.DrainAsync();
        Assert.That(_bed.Moments.Find(aliceMoment.Id), Is.Null, "the deletion took the moment with it");

        var latestRelease = _bed.Questions.ForIncident(incident.Id).Max(question => question.ReleaseAt);
        _clock.Skip(latestRelease - _clock.GetUtcNow() + TimeSpan.FromMinutes(1));

        await _bed.WaitForPostedQuestionAsync(bobMoment);
        var aliceQuestionId = AskedQuestion.IdFor(aliceMoment.Id);
        await Poll.UntilAsync(() => _bed.Questions.Find(aliceQuestionId)!.Status != QuestionStatus.Scheduled, LearningBed.Generous, "Alice's question to be settled");
        await _bed.WaitForSchedulerPassAsync();

        var aliceQuestion = _bed.Questions.Find(aliceQuestionId)!;
        var posts = _bed.Slack.Calls("chat.postMessage");
        Assert.Multiple(() =>
        {
            Assert.That(aliceQuestion.Status, Is.EqualTo(QuestionStatus.Cancelled));
            Assert.That(aliceQuestion.PostedTs, Is.Null);
            Assert.That(aliceQuestion.Posts, Is.Zero);
            Assert.That(posts, Has.Count.EqualTo(1), "only Bob's question went out");
            Assert.That(posts[0].Args["thread_ts"]!.GetValue<string>(), Is.EqualTo(bobMoment.Ts));
            Assert.That(_bed.Slack.Thread(LearningBed.IncidentChannel, aliceMoment.Ts), Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
