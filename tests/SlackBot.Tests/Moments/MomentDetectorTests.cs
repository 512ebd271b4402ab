using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

[TestFixture]
public sealed class MomentDetectorTests
{
    private readonly MomentDetector detector = new();

    [TestCaseSource(typeof(MomentExamples), nameof(MomentExamples.ForEachCategory))]
    public void Detects_each_category_in_words_not_seen_in_the_channels(string category, string text)
    {
        var detection = detector.Detect(text);

        Assert.That(detection, Is.Not.Null, "not detected as a moment");
        Assert.That(detection!.Category.Key(), Is.EqualTo(category), $"cue: {detection.Cue}");
    }

    [Test]
    public void Every_category_has_at_least_two_examples()
    {
        var covered = MomentExamples.ForEachCategory()
            .GroupBy(c => (string)c.Arguments[0]!)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.That(MomentCategories.All.Select(c => covered.GetValueOrDefault(c.Key())), Has.All.GreaterThanOrEqualTo(2));
    }

    [TestCaseSource(typeof(MomentExamples), nameof(MomentExamples.NotMoments))]
    public void Acks_numbers_links_emoji_greetings_and_coordination_are_not_moments(string text)
    {
        Assert.That(detector.Detect(text), Is.Null);
    }

    [TestCaseSource(typeof(MomentExamples), nameof(MomentExamples.NegatedPairs))]
    public void A_negated_cue_is_not_a_moment(string category, string moment, string negated)
    {
        var positive = detector.Detect(moment);
        Assert.That(positive?.Category.Key(), Is.EqualTo(category), "the un-negated sentence is the control");

        Assert.That(detector.Detect(negated), Is.Null);
    }

    [TestCase("is it usually this slow on a friday?", MomentCategory.NormalWork)]
    [TestCase("who owns the invoice renderer these days?", MomentCategory.HelpAndCoordination)]
    [TestCase("could it be the new connection pool, or the DNS change from this morning?", MomentCategory.SenseMaking)]
    public void Some_questions_are_moments(string text, MomentCategory expected)
    {
        Assert.That(detector.Detect(text)?.Category, Is.EqualTo(expected));
    }

    [TestCase("any workaround?")]
    [TestCase("did anyone notice?")]
    [TestCase("should I page someone?")]
    public void A_question_with_nothing_in_it_is_not_a_moment(string text)
    {
        Assert.That(detector.Detect(text), Is.Null);
    }

    [Test]
    public void A_fix_idea_is_weaker_than_the_same_words_told_as_what_happened()
    {
        var happened = detector.Detect("the alert fired late because the threshold was copied from another service");
        var idea = detector.Detect("we should make sure the alert fired late gets a ticket");

        Assert.That(happened, Is.Not.Null);
        Assert.That(idea?.Confidence ?? 0, Is.LessThan(happened!.Confidence));
    }

    [Test]
    public void Confidence_is_in_the_unit_interval_and_ranks_a_clear_moment_above_a_faint_one()
    {
        var clear = detector.Detect("TIL the retry worker skips the dedupe step, I fixed the rows by hand with my own script");
        // A bare hedge ("I think it's the cache") is now below the threshold: on its own it rarely says enough to ask about.
        var faint = detector.Detect("I think it's the cache, the hit rate dropped");

        Assert.That(clear, Is.Not.Null);
        Assert.That(faint, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(clear!.Confidence, Is.GreaterThan(0).And.LessThanOrEqualTo(1));
            Assert.That(faint!.Confidence, Is.GreaterThan(0).And.LessThanOrEqualTo(1));
            Assert.That(clear.Confidence, Is.GreaterThan(faint.Confidence));
        });
    }

    [Test]
    public void Reads_mrkdwn_rather_than_markup()
    {
        var detection = detector.Detect("<@U024BE7LH> I patched the config *by hand* in <https://console.example.com/x|the console> :sweat_smile:");

        Assert.That(detection?.Category, Is.EqualTo(MomentCategory.WorkaroundsAndSkippedSteps));
        Assert.That(detection!.Cue, Does.Not.Contain("<").And.Not.Contain("*").And.Not.Contain(":sweat_smile:"));
        Assert.That(detection.Cue, Does.Contain("by hand"));
    }

    [Test]
    public void Ignores_a_pasted_log_beyond_the_first_few_thousand_characters()
    {
        var text = "pasting the log, nothing interesting yet\n```" + string.Concat(Enumerable.Repeat("INFO request ok 200\n", 2000)) + "```\nTIL the worker retries forever";

        Assert.That(detector.Detect(text), Is.Null);
    }

    [Test]
    public void Is_safe_to_share_between_threads()
    {
        var texts = LabeledChannel.LoadSet("DevSet").SelectMany(c => c.Messages).Select(m => m.Text).ToList();
        var sequential = texts.Select(detector.Detect).ToList();

        var parallel = new MomentDetection?[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = detector.Detect(texts[i]));

        Assert.That(parallel, Is.EqualTo(sequential));
    }
}
