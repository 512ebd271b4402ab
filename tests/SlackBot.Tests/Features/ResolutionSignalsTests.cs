using SlackBot.Features.Incidents;

namespace SlackBot.Tests.Features;

public class ResolutionSignalsTests
{
    private static readonly ResolutionSignals Signals = new();

    [TestCase("resolved")]
    [TestCase("Resolved!")]
    [TestCase("ok, resolved. thanks all")]
    [TestCase("This is resolved, closing it out")]
    [TestCase("incident resolved, writing up notes tomorrow")]
    [TestCase("we're all clear, error rates back to baseline")]
    [TestCase("All clear.")]
    [TestCase("closing the incident, great work everyone")]
    [TestCase("Marking this incident as resolved")]
    [TestCase("the outage is over.")]
    [TestCase("it’s fully resolved now")]
    public void A_person_declaring_the_end_resolves(string text) =>
        Assert.That(Signals.IsResolution(text, fromStatusBot: false), Is.True);

    [TestCase("not resolved yet, still seeing 500s")]
    [TestCase("it isn't resolved, the queue is growing again")]
    [TestCase("is it resolved?")]
    [TestCase("all clear?")]
    [TestCase("once this is resolved we should write a runbook")]
    [TestCase("almost all clear, one region left")]
    [TestCase("I resolved the DNS name manually and it points at the old LB")]
    [TestCase("the request is over 9000ms")]
    [TestCase("it's over budget on memory")]
    [TestCase("who resolved the conflict in the config repo?")]
    [TestCase("")]
    public void Negations_questions_and_other_meanings_do_not_resolve(string text) =>
        Assert.That(Signals.IsResolution(text, fromStatusBot: false), Is.False);

    [TestCase("Resolved: Checkout latency above SLO")]
    [TestCase(":white_check_mark: Resolved: elevated error rates on payments-api")]
    [TestCase("Incident #412 has been resolved by Priya")]
    [TestCase("Status changed to Resolved")]
    [TestCase("*Status:* resolved")]
    public void Incident_bot_status_posts_resolve(string text) =>
        Assert.That(Signals.IsResolution(text, fromStatusBot: true), Is.True);

    [TestCase("Incident declared: checkout latency (SEV2)")]
    [TestCase("Status changed to Mitigated")]
    [TestCase("Reminder: update the status page every 30 minutes")]
    public void Other_status_posts_do_not(string text) =>
        Assert.That(Signals.IsResolution(text, fromStatusBot: true), Is.False);

    [Test]
    public void A_status_style_line_from_a_person_still_needs_a_declaration() =>
        Assert.That(Signals.IsResolution("Resolved: is that the right word for a partial fix?", fromStatusBot: false), Is.False);

    [Test]
    public void Configured_phrases_extend_the_built_in_ones()
    {
        var signals = new ResolutionSignals([@"\bstand(?:ing)? down\b"]);
        Assert.Multiple(() =>
        {
            Assert.That(signals.IsResolution("standing down the bridge, thanks all", fromStatusBot: false), Is.True);
            Assert.That(Signals.IsResolution("standing down the bridge, thanks all", fromStatusBot: false), Is.False);
        });
    }
}
