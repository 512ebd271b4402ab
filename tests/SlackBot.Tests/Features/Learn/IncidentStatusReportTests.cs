using SlackBot.Features.Digests;
using System.Text.Json.Nodes;
using SlackBot.Features.Incidents;
using SlackBot.Features.Learn;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Features.Learn;

/// <summary><c>/learn status</c> composed from facts: state and timing, counts, people and teams.</summary>
public class IncidentStatusReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(30);
    private static readonly EffectiveQuestionSettings Default = new(QuestionTimingMode.AfterResolution, false, QuestionDelivery.Thread, false);

    private static Incident Active() => IncidentLifecycle.Start("C0INC1", "inc-42", isPrivate: false, Start, IncidentOrigin.ChannelName, title: "Checkout <!channel>");

    private static Incident Resolved(DateTimeOffset at) => IncidentLifecycle.Resolve(Active(), at, ResolutionSource.Command, "U0CAROL");

    private static IncidentMessage Message(string user, int minute) => new()
    {
        Id = $"C0INC1:{minute}", IncidentId = Active().Id, ChannelId = "C0INC1", Ts = $"{minute}.000100", UserId = user, Text = "…", At = Start.AddMinutes(minute),
    };

    private static MomentOutline Moment(string user, int minute, MomentCategory category) => new(category, user, Start.AddMinutes(minute));

    private static AskedQuestion Question(string user, int minute, QuestionStatus status, int posts, DateTimeOffset? releaseAt = null) => new()
    {
        Id = $"q:C0INC1:{minute}", IncidentId = Active().Id, ChannelId = "C0INC1", UserId = user, Status = status, Posts = posts,
        CreatedAt = Start.AddHours(3), ReleaseAt = releaseAt ?? Start.AddHours(3),
    };

    private static IncidentStatusFacts Facts(Incident incident, DateTimeOffset now, IReadOnlyList<AskedQuestion>? questions = null, EffectiveQuestionSettings? settings = null,
        IReadOnlyList<MomentOutline>? moments = null, IReadOnlyList<PulseWeek>? pulse = null) =>
        new(incident,
            IncidentWriter.FirstOf(new[] { Message("U0CAROL", 1), Message("U0ALICE", 5), Message("U0CAROL", 7) }.Select(message => (message.UserId, message.At))),
            moments ?? [Moment("U0BOB", 10, MomentCategory.Surprises), Moment("U0ALICE", 12, MomentCategory.ScriptsAndTools), Moment("U0ALICE", 14, MomentCategory.ScriptsAndTools)],
            questions ?? [],
            2,
            settings ?? Default,
            Cooldown,
            now,
            pulse ?? []);

    private static string Text(IncidentStatusFacts facts) => IncidentStatusReport.Compose(facts, "/learn").Text;

    [Test]
    public void The_digests_pulse_shows_the_weeks_people_voted_in_newest_first_and_nothing_before_any_vote()
    {
        var voted = Text(Facts(Active(), Start.AddHours(1), pulse: [new PulseWeek("2026-W45", 1, 3), new PulseWeek("2026-W46", 4, 1)]));
        var none = Text(Facts(Active(), Start.AddHours(1)));

        Assert.Multiple(() =>
        {
            Assert.That(voted, Does.Contain("*Digests:* Pulse, “I learned something”: 4 of 5 in 2026-W46 · 1 of 4 in 2026-W45"));
            Assert.That(none, Does.Not.Contain("Digests:"));
        });
    }

    [Test]
    public void An_active_incident_says_how_long_it_has_been_going_and_that_nothing_is_asked_yet()
    {
        var text = Text(Facts(Active(), Start.AddHours(2).AddMinutes(5)));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("*Active*").And.Contain("going for 2 h 05 min"));
            Assert.That(text, Does.Contain("none while it is active").And.Contain("30 min cool-down"));
            Assert.That(text, Does.Contain($"<!date^{Start.ToUnixTimeSeconds()}^"), "times are Slack date tokens");
        });
    }

    [Test]
    public void A_live_channel_says_questions_are_live()
    {
        var live = Default with { Timing = QuestionTimingMode.Live, TimingFromChannel = true };

        Assert.That(Text(Facts(Active(), Start.AddHours(1), settings: live)), Does.Contain("*Questions:* live"));
    }

    [Test]
    public void A_resolved_incident_in_its_cool_down_says_when_questions_go_out()
    {
        var resolvedAt = Start.AddHours(2);

        var text = Text(Facts(Resolved(resolvedAt), resolvedAt.AddMinutes(10)));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("*Resolved*").And.Contain("lasted 2 h 00 min").And.Contain("by <@U0CAROL>"));
            Assert.That(text, Does.Contain($"after the cool-down, from <!date^{(resolvedAt + Cooldown).ToUnixTimeSeconds()}^"));
        });
    }

    [Test]
    public void Questions_are_counted_by_what_became_of_them_and_the_next_one_is_named()
    {
        var next = Start.AddDays(1);
        var questions = new[]
        {
            Question("U0ALICE", 1, QuestionStatus.Answered, 1),
            Question("U0BOB", 2, QuestionStatus.Dismissed, 1),
            Question("U0BOB", 3, QuestionStatus.Snoozed, 1),
            Question("U0CAROL", 4, QuestionStatus.Posted, 1),
            Question("U0ALICE", 5, QuestionStatus.Scheduled, 0, next),
            Question("U0ALICE", 6, QuestionStatus.Cancelled, 0),
        };

        var text = Text(Facts(Resolved(Start.AddHours(2)), Start.AddHours(4), questions));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("4 asked · 1 answered · 1 awaiting an answer · 1 declined · 1 snoozed · 1 not sent yet"));
            Assert.That(text, Does.Contain($"1 planned, next <!date^{next.ToUnixTimeSeconds()}^"));
        });
    }

    [Test]
    public void Moments_show_the_top_categories_and_people_are_listed_in_the_order_they_first_wrote()
    {
        var text = Text(Facts(Active(), Start.AddHours(1)));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("*Moments:* 3 (Scripts and tools 2, Surprises 1)"));
            Assert.That(text, Does.Contain("*Findings:* 2"));
            Assert.That(text, Does.Contain("*People:* 3: <@U0CAROL>, <@U0ALICE>, <@U0BOB>"));
            Assert.That(text, Does.Contain("*Teams:* none"));
        });
    }

    [Test]
    public void Teams_are_listed_and_the_title_is_escaped()
    {
        var tagged = Active() with { Teams = ["payments", "checkout"] };

        var reply = IncidentStatusReport.Compose(Facts(tagged, Start.AddHours(1)), "/learn");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Text, Does.Contain("*Teams:* `payments`, `checkout`"));
            Assert.That(reply.Text, Does.Not.Contain("<!channel>"), "a title never pings");
            Assert.That(reply.Text, Does.Contain("&lt;!channel&gt;"));
            Assert.That(reply.InChannel, Is.False, "only the person who asked sees it");
        });
    }

    [Test]
    public void The_message_stays_within_Slacks_limits_with_many_people()
    {
        var crowd = Enumerable.Range(0, 200).Select(i => Moment($"U{i:D8}", i, MomentCategory.Expertise)).ToList();

        var reply = IncidentStatusReport.Compose(Facts(Active(), Start.AddHours(5), moments: crowd), "/learn");

        var blocks = reply.Blocks!;
        Assert.Multiple(() =>
        {
            Assert.That(blocks, Has.Count.LessThanOrEqualTo(50));
            Assert.That(reply.Text, Does.Contain("*People:* 202: ").And.Contain("and 190 more"), "200 with moments and 2 who only wrote: 12 shown");
            foreach (var block in blocks)
                Assert.That(block!.ToJsonString().Length, Is.LessThan(3500));
        });
    }
}
