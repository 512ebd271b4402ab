using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>Issue 12 item 4: a question quotes words that name something, never a bare reaction.</summary>
[TestFixture]
public sealed class CueContentTests
{
    private readonly MomentDetector detector = new();

    [TestCase("news to me too")]
    [TestCase("wow")]
    [TestCase("huh, weird")]
    [TestCase("ya that lines up")]
    [TestCase("oh interesting, I never knew that")]
    [TestCase("wait, really?")]
    public void A_bare_reaction_carries_no_content(string words)
    {
        Assert.That(CueContent.HasContent(words), Is.False);
    }

    [TestCase("the retry worker only picks up rows older than 5 min")]
    [TestCase("TIL the LB retries POSTs by default")]
    [TestCase("news to me, <@U024BE7LH> knows")]
    [TestCase("weird, 3 of 24")]
    [TestCase("I restarted the workers by hand")]
    public void A_thing_an_action_a_number_or_a_name_is_content(string words)
    {
        Assert.That(CueContent.HasContent(words), Is.True);
    }

    [TestCase("news to me too")]
    [TestCase("huh, weird")]
    [TestCase("wow, TIL")]
    [TestCase("oh wow, I had no idea")]
    public void A_message_that_only_reacts_is_skipped_rather_than_quoted(string text)
    {
        Assert.That(detector.Detect(text), Is.Null);
    }

    [Test]
    public void A_reaction_followed_by_what_was_learned_quotes_what_was_learned()
    {
        var detection = detector.Detect("news to me too. the nightly export skips tenants created after midnight");

        Assert.That(detection, Is.Not.Null);
        Assert.That(detection!.Cue, Does.Contain("nightly export skips tenants"));
        Assert.That(detection.Cue, Does.Not.StartWith("news to me"));
    }

    [TestCaseSource(typeof(MomentExamples), nameof(MomentExamples.DevSetMoments))]
    public void Every_cue_the_detector_gives_names_something(string text)
    {
        var detection = detector.Detect(text);
        Assume.That(detection, Is.Not.Null, "not detected; recall is measured elsewhere");

        Assert.That(CueContent.HasContent(detection!.Cue), Is.True, detection.Cue);
    }
}
