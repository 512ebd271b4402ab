using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>
/// Planning in passes: the first pass weighs every moment of a resolved incident; a moment that arrives later (a
/// message Slack delivered late) is weighed in a later pass, within the caps the earlier passes used up.
/// </summary>
public class QuestionPlanTests
{
    private static readonly DateTimeOffset ResolvedAt = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly QuestionBank Bank = QuestionBank.LoadDefault();

    private readonly QuestionTimingOptions _options = new() { RespectWorkingHours = false, MaxPerPersonPerIncident = 2, MaxPerIncident = 3 };
    private FakeTimeProvider _time = null!;
    private QuestionPlanner _planner = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(ResolvedAt + _options.CooldownAfterResolution);
        _planner = new QuestionPlanner(new QuestionComposer(Bank), new QuestionTiming(_time, _options), _options);
    }

    [Test]
    public void Before_any_pass_every_moment_is_still_to_be_weighed()
    {
        var moments = new[] { MomentOf("U0ALICE", "1.0"), MomentOf("U0BOB", "2.0") };
        Assert.That(QuestionPlan.NotYetWeighed(null, moments), Is.EqualTo(moments));
    }

    [Test]
    public void A_later_pass_weighs_only_the_moments_that_arrived_since()
    {
        var first = new[] { MomentOf("U0ALICE", "1.0"), MomentOf("U0BOB", "2.0") };
        var plan = QuestionPlan.After(null, "C1:1", first, planned: 2, ResolvedAt);
        var late = MomentOf("U0CAROL", "1.5");

        var fresh = QuestionPlan.NotYetWeighed(plan, [first[0], late, first[1]]);
        var after = QuestionPlan.After(plan, "C1:1", fresh, planned: 1, ResolvedAt.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(fresh, Is.EqualTo(new[] { late }));
            Assert.That(after.MomentIds, Is.EquivalentTo(new[] { first[0].Id, first[1].Id, late.Id }));
            Assert.That(after.Questions, Is.EqualTo(3));
            Assert.That(after.Passes, Is.EqualTo(2));
            Assert.That(after.PlannedAt, Is.EqualTo(ResolvedAt.AddHours(1)));
            Assert.That(QuestionPlan.NotYetWeighed(after, [first[0], late, first[1]]), Is.Empty, "nothing is weighed twice");
        });
    }

    [Test]
    public void A_later_pass_stays_within_the_caps_the_earlier_passes_used()
    {
        var incident = Resolved();
        var firstPass = new[] { MomentOf("U0BOB", "1.0"), MomentOf("U0BOB", "2.0", MomentCategory.WorkaroundsAndSkippedSteps) };
        var asked = Plan(incident, firstPass, []);
        Assert.That(asked, Has.Count.EqualTo(2), "Bob's share is used up");

        var lateFromBob = MomentOf("U0BOB", "3.0", MomentCategory.NearMisses);
        var lateFromAlice = MomentOf("U0ALICE", "4.0");
        var lateFromCarol = MomentOf("U0CAROL", "5.0");
        var secondPass = Plan(incident, [lateFromBob, lateFromAlice, lateFromCarol], asked);

        Assert.Multiple(() =>
        {
            Assert.That(secondPass.Select(question => question.UserId), Has.None.EqualTo("U0BOB"), "no more than two for Bob, over both passes");
            Assert.That(secondPass, Has.Count.EqualTo(1), "three per incident, over both passes");
            Assert.That(secondPass.Single().ReleaseAt, Is.EqualTo(_time.GetUtcNow()), "the cool-down is long over: asked now");
            Assert.That(Plan(incident, firstPass, [.. asked, .. secondPass]), Is.Empty, "a moment asked about is never asked again");
        });
    }

    private IReadOnlyList<AskedQuestion> Plan(Incident incident, IReadOnlyList<Moment> moments, IReadOnlyList<AskedQuestion> alreadyAsked) =>
        _planner.PlanAfterResolution(incident, moments, alreadyAsked, _ => UserClock.Unknown, new HashSet<string>(), QuestionDelivery.Thread, _time.GetUtcNow());

    private static Incident Resolved() =>
        IncidentLifecycle.Resolve(IncidentLifecycle.Start("C1", "inc-1", false, ResolvedAt.AddHours(-2), IncidentOrigin.ChannelName), ResolvedAt, ResolutionSource.Command, "U0FAC");

    private static Moment MomentOf(string user, string ts, MomentCategory category = MomentCategory.Surprises) => new()
    {
        Id = Moment.IdFor("C1", ts),
        IncidentId = "C1:1",
        ChannelId = "C1",
        Ts = ts,
        UserId = user,
        Text = "the graph went flat",
        Category = category,
        Confidence = 0.8,
        Cue = "the graph went flat",
    };
}
