using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Working hours end to end: with <c>Questions:RespectWorkingHours=true</c> a person for whom it is night now (by their
/// Slack time zone) is not asked yet; their question waits for their morning while a colleague in daylight is asked.
/// The zones are picked when the test runs, so it holds at any hour and on any day.
/// </summary>
public class WorkingHoursTests
{
    private static readonly TimeOnly WorkdayStart = new(9, 0);
    private static readonly TimeOnly WorkdayEnd = new(17, 30);

    private LearningBed _bed = null!;
    private string _nightZone = "";
    private string _dayZone = "";

    [SetUp]
    public async Task SetUp()
    {
        var now = DateTimeOffset.UtcNow;
        _nightZone = WallClockZones.WhereItIsAbout(new TimeOnly(3, 0), now);
        _dayZone = WallClockZones.WhereItIsAbout(new TimeOnly(13, 0), now);
        _bed = await LearningBed.StartAsync(WorkingHours.EveryDay(WorkdayStart, WorkdayEnd), arrange: slack =>
        {
            slack.AddUser(LearningBed.Alice, "alice", _nightZone);
            slack.AddUser(LearningBed.Bob, "bob", _dayZone);
        });
    }

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Someone_for_whom_it_is_night_is_not_asked_until_their_working_hours()
    {
        var aliceNow = WallClockZones.LocalTime(_nightZone, DateTimeOffset.UtcNow);
        var bobNow = WallClockZones.LocalTime(_dayZone, DateTimeOffset.UtcNow);
        await TestContext.Out.WriteLineAsync($"Alice in {_nightZone} ({aliceNow:HH:mm}), Bob in {_dayZone} ({bobNow:HH:mm})");
        Assert.Multiple(() =>
        {
            Assert.That(TimeOnly.FromTimeSpan(aliceNow.TimeOfDay), Is.LessThan(WorkdayStart).Or.GreaterThanOrEqualTo(WorkdayEnd), "precondition: night for Alice");
            Assert.That(TimeOnly.FromTimeSpan(bobNow.TimeOfDay), Is.InRange(WorkdayStart, WorkdayEnd), "precondition: daytime for Bob");
        });

        await _bed.StartIncidentAsync();
        var aliceMoment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var bobMoment = await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);

        // Bob's question going out shows planning and release ran; one more whole pass, and Alice's is still waiting.
        await _bed.WaitForPostedQuestionAsync(bobMoment);
        var aliceQuestionId = AskedQuestion.IdFor(aliceMoment.Id);
        await Poll.UntilAsync(() => _bed.Questions.Find(aliceQuestionId) is not null, LearningBed.Generous, "Alice's question to be planned");
        await _bed.WaitForSchedulerPassAsync();

        var waiting = _bed.Questions.Find(aliceQuestionId)!;
        var releaseLocal = WallClockZones.LocalTime(_nightZone, waiting.ReleaseAt);
        Assert.Multiple(() =>
        {
            Assert.That(waiting.Status, Is.EqualTo(QuestionStatus.Scheduled));
            Assert.That(waiting.PostedTs, Is.Null);
            Assert.That(waiting.ReleaseAt, Is.GreaterThan(DateTimeOffset.UtcNow), "due later");
            Assert.That(TimeOnly.FromTimeSpan(releaseLocal.TimeOfDay), Is.EqualTo(WorkdayStart), "at the start of her working day, her time");
            Assert.That(waiting.ReleaseAt - DateTimeOffset.UtcNow, Is.LessThan(TimeSpan.FromHours(24)), "her next morning, not a later one");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Has.Count.EqualTo(1), "only Bob's question went out");
            Assert.That(_bed.Slack.Thread(LearningBed.IncidentChannel, aliceMoment.Ts), Is.Empty, "nothing in Alice's thread");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
