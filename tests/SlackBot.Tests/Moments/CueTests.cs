using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

[TestFixture]
public sealed class CueTests
{
    private static readonly char[] Dangling = [',', ';', ':', '-', '.', '!', '?', '(', '\u2014', '\u2013', ' '];

    private readonly MomentDetector detector = new();

    [TestCaseSource(typeof(MomentExamples), nameof(MomentExamples.DevSetMoments))]
    public void Every_cue_is_a_short_quotable_span_of_the_message_itself(string text)
    {
        var detection = detector.Detect(text);
        Assume.That(detection, Is.Not.Null, "not detected; recall is measured elsewhere");

        var cue = detection!.Cue;
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Multiple(() =>
        {
            Assert.That(MessageText.FromMrkdwn(text).Plain, Does.Contain(cue), "the person's own words, in order");
            Assert.That(words, Is.InRange(2, CueExtractor.MaxWords));
            Assert.That(cue, Does.Not.StartWith(" ").And.Not.EndWith(" "));
            Assert.That(Dangling, Has.None.EqualTo(cue[^1]), "no dangling punctuation at the end");
            Assert.That(Dangling, Has.None.EqualTo(cue[0]), "no dangling punctuation at the start");
        });
    }

    [Test]
    public void Quotes_the_sentence_that_holds_the_trigger_not_the_first_one()
    {
        var detection = detector.Detect("Rollback is done and the graphs are calm. For the record, I restarted the workers by hand. Going to lunch.");

        Assert.That(detection?.Cue, Is.EqualTo("I restarted the workers by hand"));
    }

    [Test]
    public void Cuts_a_long_sentence_down_to_the_clause_around_the_trigger()
    {
        var detection = detector.Detect(
            "after the deploy went out and the canary looked fine and the on-call had gone to bed and the traffic " +
            "picked up in Asia, the retry storm started, which honestly took me by surprise given how the limits were set up last quarter");

        Assert.That(detection, Is.Not.Null);
        var words = detection!.Cue.Split(' ');
        Assert.That(words, Has.Length.InRange(CueExtractor.MinWords, CueExtractor.MaxWords));
        Assert.That(detection.Cue, Does.Contain("by surprise"));
    }

    [Test]
    public void Drops_a_conversational_opener()
    {
        var detection = detector.Detect("fwiw I keep a query for exactly this in my notes");

        Assert.That(detection?.Cue, Is.EqualTo("I keep a query for exactly this in my notes"));
    }

    [Test]
    public void Joins_a_one_word_exclamation_to_what_follows()
    {
        var detection = detector.Detect("Weird. The cron ran twice.");

        Assert.That(detection?.Cue, Is.EqualTo("Weird. The cron ran twice"));
    }

    [Test]
    public void Keeps_the_case_and_spelling_the_person_used()
    {
        var detection = detector.Detect("TIL the LB retries POSTs by default");

        Assert.That(detection?.Cue, Is.EqualTo("TIL the LB retries POSTs by default"));
    }
}
