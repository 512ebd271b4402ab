using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>The follow-up rule: asked when an answer opens a new mystery; never on declines, short answers, depth 3, after "Not now", or when off.</summary>
public class FollowUpTests
{
    private const string Priya = "U06PRIYA0N";

    private const string Mystery =
        "I'm not sure how it happened, but the orphaned sessions table had 2 million rows and the cleanup job was never scheduled on the new cluster.";

    private static AskedQuestion Asked(int depth = 0, QuestionStatus status = QuestionStatus.Posted, int posts = 1) => new()
    {
        Id = "q:C1:1.1",
        MomentId = "C1:1.1",
        IncidentId = "C1:1",
        ChannelId = "C1",
        ThreadRootTs = "1.1",
        UserId = Priya,
        Category = MomentCategory.ScriptsAndTools,
        Delivery = QuestionDelivery.Thread,
        Status = status,
        Posts = posts,
        FollowUpDepth = depth,
        ParentQuestionId = depth > 0 ? "q:C1:1.1:parent" : null,
    };

    private static FollowUpOpening? Decide(AskedQuestion question, string answer, bool enabled = true, string author = Priya) =>
        FollowUpRule.Decide(question, author, answer, ReplyReading.Read(answer), enabled);

    [TestCase("we use one-off script from maria for fix the duplicate orders, it is not in repo, only on her laptop and it runs every night", OpeningKind.DataInconsistency)]
    [TestCase("It started as a scratch query two Black Fridays ago and I kept refining it until it joined payments to orders.", OpeningKind.OneOffScript)]
    [TestCase("It's a workaround: we bump max_client_conn by hand every evening and revert it in the morning before traffic.", OpeningKind.Workaround)]
    [TestCase("We always flip the feature flag before touching pgbouncer, it is not written down anywhere but the whole team does it.", OpeningKind.UnwrittenHabit)]
    [TestCase("The retry worker is fine as long as nobody touches the backoff, and only Priya really knows how the backoff works.", OpeningKind.PersonWhoKnows)]
    [TestCase(Mystery, OpeningKind.Unexplained)]
    public void An_answer_that_opens_a_new_mystery_gets_a_follow_up_about_it(string answer, OpeningKind kind)
    {
        var opening = Decide(Asked(), answer);

        Assert.That(opening?.Kind, Is.EqualTo(kind), opening?.Span);
        Assert.That(answer, Does.Contain(opening!.Span), "the span is the person's own words");
    }

    [Test]
    public void The_follow_up_quotes_the_span_passes_the_language_check_and_mentions_the_person()
    {
        var opening = Decide(Asked(), Mystery)!;
        var composed = FollowUpComposer.Compose(opening, Priya, MomentCategory.ScriptsAndTools)!;

        Assert.Multiple(() =>
        {
            Assert.That(composed.Text, Does.StartWith($"<@{Priya}>"));
            Assert.That(composed.Text, Does.Contain("“I'm not sure how it happened”"));
            Assert.That(LanguageCheck.CheckQuestion(composed.Text, QuotedCue.Render(opening.Span)), Is.Empty, composed.Text);
            Assert.That(composed.TemplateId, Is.EqualTo("followup-unexplained"));
        });
    }

    [Test]
    public void Every_follow_up_phrasing_passes_the_strict_language_check() =>
        Assert.Multiple(() =>
        {
            foreach (var phrasing in FollowUpComposer.AllPhrasings())
                Assert.That(LanguageCheck.CheckQuestion(phrasing.Replace("{quote}", "“the words”", StringComparison.Ordinal)), Is.Empty, phrasing);
        });

    [TestCase("Thanks, but I'd rather talk this one through at the review on Tuesday, the one-off script has a long history. Passing for now")]
    [TestCase("not sure why, ask <@U06MARIA0X>")]
    public void A_decline_or_a_redirect_gets_no_follow_up(string reply) => Assert.That(Decide(Asked(), reply), Is.Null);

    [Test]
    public void A_short_answer_gets_no_follow_up() => Assert.That(Decide(Asked(), "a one-off script, by hand"), Is.Null);

    [TestCase(0, true)]
    [TestCase(1, true)]
    [TestCase(2, false)]
    public void Two_levels_per_moment_and_never_a_third(int depth, bool asked) =>
        Assert.That(Decide(Asked(depth), Mystery) is not null, Is.EqualTo(asked));

    [Test]
    public void No_follow_up_when_turned_off() => Assert.That(Decide(Asked(), Mystery, enabled: false), Is.Null);

    [TestCase(QuestionStatus.Snoozed, 1)]
    [TestCase(QuestionStatus.Dismissed, 1)]
    [TestCase(QuestionStatus.Posted, 2)]
    public void No_follow_up_after_not_now_or_not_relevant(QuestionStatus status, int posts) =>
        Assert.That(Decide(Asked(status: status, posts: posts), Mystery), Is.Null);

    [Test]
    public void Someone_else_answering_gets_no_follow_up() => Assert.That(Decide(Asked(), Mystery, author: "U0OTHER"), Is.Null);

    [Test]
    public void An_answer_that_opens_nothing_new_gets_no_follow_up() =>
        Assert.That(Decide(Asked(), "Flat CPU next to a climbing p99 means the pods are waiting, not working, and that is what told me."), Is.Null);
}
