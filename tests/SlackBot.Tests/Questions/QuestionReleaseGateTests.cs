using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>Whether a due question may go out: never while its incident is active, unless the channel asks live.</summary>
public class QuestionReleaseGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(30);

    private static Incident Incident(IncidentStatus status, DateTimeOffset? resolvedAt = null) => new()
    {
        Id = "C1:1", ChannelId = "C1", ChannelName = "inc-42", Status = status, StartedAt = Start, ResolvedAt = resolvedAt,
    };

    private static AskedQuestion Question(DateTimeOffset releaseAt) => new()
    {
        Id = "q:C1:1.1", IncidentId = "C1:1", ChannelId = "C1", Status = QuestionStatus.Scheduled, CreatedAt = Start, ReleaseAt = releaseAt,
    };

    [Test]
    public void A_question_planned_after_the_resolution_goes_out() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start.AddHours(3)), Incident(IncidentStatus.Resolved, Start.AddHours(2)), QuestionTimingMode.AfterResolution, Cooldown),
            Is.EqualTo(ReleaseDecision.Post));

    [Test]
    public void While_the_incident_is_active_again_a_planned_question_waits() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start.AddHours(3)), Incident(IncidentStatus.Active), QuestionTimingMode.AfterResolution, Cooldown),
            Is.EqualTo(ReleaseDecision.WaitForResolution));

    [Test]
    public void A_channel_that_asks_live_posts_while_the_incident_is_active() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start.AddHours(1)), Incident(IncidentStatus.Active), QuestionTimingMode.Live, Cooldown),
            Is.EqualTo(ReleaseDecision.Post));

    [Test]
    public void A_question_due_exactly_when_the_cool_down_ends_goes_out() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start.AddHours(2) + Cooldown), Incident(IncidentStatus.Resolved, Start.AddHours(2)), QuestionTimingMode.AfterResolution, Cooldown),
            Is.EqualTo(ReleaseDecision.Post));

    [Test]
    public void A_question_due_before_the_latest_resolutions_cool_down_ended_is_retimed() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start.AddHours(3)), Incident(IncidentStatus.Resolved, Start.AddHours(5)), QuestionTimingMode.AfterResolution, Cooldown),
            Is.EqualTo(ReleaseDecision.Retime));

    [Test]
    public void A_question_whose_incident_is_gone_goes_out_as_before() =>
        Assert.That(QuestionReleaseGate.Check(Question(Start), null, QuestionTimingMode.AfterResolution, Cooldown), Is.EqualTo(ReleaseDecision.Post));
}
