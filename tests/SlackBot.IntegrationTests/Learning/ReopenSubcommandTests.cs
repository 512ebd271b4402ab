using System.Text.Json.Nodes;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn reopen</c>: the resolved incident is active again; a question already posted stays, one planned but not
/// sent waits (even once its time comes) until the incident is resolved again, and moments written meanwhile are
/// planned after that resolution. Alice's night (by her Slack zone, picked when the test runs) keeps her question
/// unsent after the first resolution; the clock is then moved to her morning.
/// </summary>
public class ReopenSubcommandTests
{
    private static readonly TimeOnly WorkdayStart = new(9, 0);
    private static readonly TimeOnly WorkdayEnd = new(17, 30);

    private readonly ShiftableClock _clock = new();
    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }

    [Test]
    public async Task A_planned_question_waits_while_the_incident_is_reopened_and_goes_out_after_it_is_resolved_again()
    {
        var now = DateTimeOffset.UtcNow;
        var nightZone = WallClockZones.WhereItIsAbout(new TimeOnly(3, 0), now);
        var dayZone = WallClockZones.WhereItIsAbout(new TimeOnly(13, 0), now);
        var settings = WorkingHours.EveryDay(WorkdayStart, WorkdayEnd);
        settings["Incidents:QuietPeriod"] = "7.00:00:00";
        _bed = await LearningBed.StartAsync(settings, _clock, slack =>
        {
            slack.AddUser(LearningBed.Alice, "alice", nightZone);
            slack.AddUser(LearningBed.Bob, "bob", dayZone);
        });

        var incident = await _bed.StartIncidentAsync();
        var aliceMoment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var bobMoment = await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        var bobQuestion = await _bed.WaitForPostedQuestionAsync(bobMoment);
        var aliceQuestionId = AskedQuestion.IdFor(aliceMoment.Id);
        await Poll.UntilAsync(() => _bed.Questions.Find(aliceQuestionId) is not null, LearningBed.Generous, "Alice's question to be planned");
        var firstResolution = _bed.Incidents.Find(incident.Id)!.ResolvedAt!.Value;

        var reopen = await _bed.LearnAsync("reopen", LearningBed.Carol, LearningBed.IncidentChannel);

        var reopened = _bed.Incidents.Find(incident.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(Text(reopen), Does.Contain("Reopened").And.Contain(LearningBed.IncidentChannelName));
            Assert.That(reopen["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(reopened.Status, Is.EqualTo(IncidentStatus.Active));
            Assert.That(reopened.ReopenedBy, Is.EqualTo(LearningBed.Carol));
            Assert.That(reopened.PastResolutions.Select(past => past.ResolvedAt), Is.EqualTo(new[] { firstResolution }), "the undone resolution is kept");
        });

        // Alice's morning comes while the incident is active again: her question is due, and still not asked.
        var aliceQuestion = _bed.Questions.Find(aliceQuestionId)!;
        _clock.Skip(aliceQuestion.ReleaseAt - _clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var duringReopen = await _bed.PostMomentAsync(LearningBed.Carol, "weird, the replica lag graph is flat even though the primary is struggling");
        await _bed.WaitForSchedulerPassAsync();
        await _bed.WaitForSchedulerPassAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Questions.Find(aliceQuestionId)!.Status, Is.EqualTo(QuestionStatus.Scheduled), "waits for the incident to be resolved again");
            Assert.That(_bed.Slack.Thread(LearningBed.IncidentChannel, aliceMoment.Ts), Is.Empty);
            Assert.That(_bed.Questions.Find(bobQuestion.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "a question already posted stays");
            Assert.That(_bed.Questions.Find(AskedQuestion.IdFor(duringReopen.Id)), Is.Null, "nothing is planned while it is active");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Has.Count.EqualTo(1), "only Bob's question went out");
        });

        await _bed.LearnAsync("resolve", LearningBed.Bob, LearningBed.IncidentChannel);
        var asked = await _bed.WaitForPostedQuestionAsync(aliceMoment);
        await Poll.UntilAsync(() => _bed.Questions.Find(AskedQuestion.IdFor(duringReopen.Id)) is not null, LearningBed.Generous,
            "the moment written while it was reopened to be planned after the second resolution");

        var resolvedAgain = _bed.Incidents.Find(incident.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(resolvedAgain.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(resolvedAgain.ResolvedBy, Is.EqualTo(LearningBed.Bob));
            Assert.That(asked.PostedAt, Is.GreaterThanOrEqualTo(resolvedAgain.ResolvedAt!.Value), "asked only after the second resolution");
            Assert.That(_bed.Message(LearningBed.IncidentChannel, asked.PostedTs!).ThreadTs, Is.EqualTo(aliceMoment.Ts));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Reopen_says_so_when_the_incident_is_still_active_or_there_is_none()
    {
        _bed = await LearningBed.StartAsync();
        var none = await _bed.LearnAsync("reopen", LearningBed.Carol, LearningBed.TeamChannel);
        var incident = await _bed.StartIncidentAsync();

        var active = await _bed.LearnAsync("reopen", LearningBed.Carol, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(none), Does.Contain("has no incident yet"));
            Assert.That(_bed.Incidents.LatestIn(LearningBed.TeamChannel), Is.Null, "nothing started");
            Assert.That(Text(active), Does.Contain("still active"));
            Assert.That(_bed.Incidents.Find(incident.Id)!.ReopenedAt, Is.Null, "nothing changed");
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
