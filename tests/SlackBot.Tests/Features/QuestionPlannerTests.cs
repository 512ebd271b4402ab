using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Features;

public class QuestionPlannerTests
{
    // Friday 27 November 2026, 16:00 UTC.
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);
    private static readonly QuestionBank Bank = QuestionBank.LoadDefault();

    private readonly QuestionTimingOptions _options = new();
    private FakeTimeProvider _time = null!;
    private QuestionPlanner _planner = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(FridayAfternoon);
        _planner = new QuestionPlanner(new QuestionComposer(Bank), new QuestionTiming(_time, _options), _options);
    }

    [Test]
    public void Questions_wait_for_the_cool_down_and_the_persons_working_hours()
    {
        var incident = Resolved(FridayAfternoon);
        var moments = new[] { MomentOf("U0LONDON", "1.0"), MomentOf("U0TOKYO", "2.0"), MomentOf("U0LA", "3.0") };
        var clocks = new Dictionary<string, UserClock>
        {
            ["U0LONDON"] = new("Europe/London", 0),
            ["U0TOKYO"] = new("Asia/Tokyo", 9 * 3600),
            ["U0LA"] = new("America/Los_Angeles", -8 * 3600),
        };
        _time.Advance(_options.CooldownAfterResolution);

        var planned = Plan(incident, moments, clocks);

        var byUser = planned.ToDictionary(question => question.UserId, question => question.ReleaseAt);
        Assert.Multiple(() =>
        {
            // London: 16:30 on Friday is inside 09:00–17:30.
            Assert.That(byUser["U0LONDON"], Is.EqualTo(FridayAfternoon.AddMinutes(30)));
            // Tokyo: already 01:30 on Saturday; next working time is Monday 09:00 JST = Monday 00:00 UTC.
            Assert.That(byUser["U0TOKYO"], Is.EqualTo(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)));
            // Los Angeles: 08:30 on Friday; asked at 09:00 PST = 17:00 UTC.
            Assert.That(byUser["U0LA"], Is.EqualTo(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Each_question_is_specific_blame_free_and_addressed_to_the_moments_author()
    {
        var moment = MomentOf("U0ALICE", "5.0", MomentCategory.ScriptsAndTools, "I keep a query in a gist for this");
        var question = Plan(Resolved(FridayAfternoon), [moment], new()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(question.Id, Is.EqualTo("q:C1:5.0"));
            Assert.That(question.ThreadRootTs, Is.EqualTo("5.0"));
            Assert.That(question.Text, Does.Contain("<@U0ALICE>"));
            Assert.That(question.Text, Does.Contain("I keep a query in a gist for this"));
            Assert.That(LanguageCheck.CheckQuestion(question.Text, "I keep a query in a gist for this"), Is.Empty);
            Assert.That(question.Status, Is.EqualTo(QuestionStatus.Scheduled));
        });
    }

    [Test]
    public void A_reply_in_a_thread_is_asked_about_in_that_thread()
    {
        var reply = MomentOf("U0ALICE", "9.0") with { ThreadTs = "8.0" };
        Assert.That(Plan(Resolved(FridayAfternoon), [reply], new()).Single().ThreadRootTs, Is.EqualTo("8.0"));
    }

    [Test]
    public void Nobody_gets_more_than_the_cap_and_the_best_moments_win()
    {
        var moments = Enumerable.Range(1, 6)
            .Select(i => MomentOf("U0BOB", $"{i}.0", (MomentCategory)i, confidence: i / 10.0))
            .ToArray();

        var planned = Plan(Resolved(FridayAfternoon), moments, new());

        Assert.Multiple(() =>
        {
            Assert.That(planned, Has.Count.EqualTo(_options.MaxPerPersonPerIncident));
            Assert.That(planned.Select(question => question.MomentTs), Is.EquivalentTo(new[] { "6.0", "5.0", "4.0" }));
        });
    }

    [Test]
    public void Moments_already_asked_about_count_against_the_cap_and_are_not_asked_again()
    {
        var moments = new[] { MomentOf("U0BOB", "1.0"), MomentOf("U0BOB", "2.0"), MomentOf("U0BOB", "3.0"), MomentOf("U0BOB", "4.0") };
        var asked = Plan(Resolved(FridayAfternoon), moments.Take(2).ToArray(), new());

        var more = _planner.PlanAfterResolution(Resolved(FridayAfternoon), moments, asked, _ => UserClock.Unknown, new HashSet<string>(), QuestionDelivery.Thread, _time.GetUtcNow());

        Assert.That(more.Select(question => question.MomentTs), Is.EqualTo(new[] { "3.0" }).Or.EqualTo(new[] { "4.0" }));
    }

    [Test]
    public void Retired_phrasings_are_not_used_while_others_remain()
    {
        var moment = MomentOf("U0ALICE", "5.0", MomentCategory.Surprises, "weird, the graph is flat");
        var retired = Bank.For(MomentCategory.Surprises).Skip(1).Select(template => template.Id).ToHashSet();

        var question = _planner.PlanAfterResolution(Resolved(FridayAfternoon), [moment], [], _ => UserClock.Unknown, retired, QuestionDelivery.Thread, _time.GetUtcNow()).Single();

        Assert.That(question.TemplateId, Is.EqualTo(Bank.For(MomentCategory.Surprises)[0].Id));
    }

    [Test]
    public void Live_questions_respect_the_channel_cool_down_and_the_caps()
    {
        var options = new QuestionTimingOptions { Timing = QuestionTimingMode.Live, RespectWorkingHours = false, MaxPerIncident = 2 };
        var planner = new QuestionPlanner(new QuestionComposer(Bank), new QuestionTiming(_time, options), options);
        var incident = IncidentLifecycle.Start("C1", "inc-1", false, FridayAfternoon, IncidentOrigin.ChannelName);
        var none = new HashSet<string>();

        var first = planner.PlanLive(incident, MomentOf("U0A", "1.0"), [], UserClock.Unknown, none, QuestionDelivery.Thread, _time.GetUtcNow())!;
        var second = planner.PlanLive(incident, MomentOf("U0B", "2.0"), [first], UserClock.Unknown, none, QuestionDelivery.Thread, _time.GetUtcNow())!;
        var third = planner.PlanLive(incident, MomentOf("U0C", "3.0"), [first, second], UserClock.Unknown, none, QuestionDelivery.Thread, _time.GetUtcNow());

        Assert.Multiple(() =>
        {
            Assert.That(first.ReleaseAt, Is.EqualTo(_time.GetUtcNow()), "the first one may go at once");
            Assert.That(second.ReleaseAt, Is.EqualTo(first.ReleaseAt + options.LiveChannelCooldown), "no sooner than the cool-down after the previous");
            Assert.That(third, Is.Null, "the incident's cap is reached");
        });
    }

    private IReadOnlyList<AskedQuestion> Plan(Incident incident, IReadOnlyList<Moment> moments, Dictionary<string, UserClock> clocks) =>
        _planner.PlanAfterResolution(incident, moments, [], user => clocks.GetValueOrDefault(user, UserClock.Unknown), new HashSet<string>(), QuestionDelivery.Thread, _time.GetUtcNow());

    private static Incident Resolved(DateTimeOffset at) =>
        IncidentLifecycle.Resolve(IncidentLifecycle.Start("C1", "inc-1", false, at.AddHours(-2), IncidentOrigin.ChannelName), at, ResolutionSource.Command, "U0FAC");

    private static Moment MomentOf(string user, string ts, MomentCategory category = MomentCategory.Surprises, string cue = "the graph went flat", double confidence = 0.8) => new()
    {
        Id = Moment.IdFor("C1", ts),
        IncidentId = "C1:1",
        ChannelId = "C1",
        Ts = ts,
        UserId = user,
        Text = cue,
        Category = category,
        Confidence = confidence,
        Cue = cue,
    };
}
