using SlackBot.Features.Incidents;

namespace SlackBot.Tests.Features;

public class ConfiguredPatternTests
{
    [Test]
    public void A_pattern_matches_ignoring_case() =>
        Assert.That(ConfiguredPattern.Create("^(inc|incident)[-_]").IsMatch("INC-2026-12-01-db"), Is.True);

    [Test]
    public void A_pattern_that_would_backtrack_forever_still_answers()
    {
        // (a+)+$ against "aaaa…b" takes exponential time on a backtracking engine; here it is linear.
        var input = new string('a', 50_000) + "b";
        Assert.That(ConfiguredPattern.Create("(a+)+$").IsMatch(input), Is.False);
    }

    [TestCase("(?<!not )resolved")]
    [TestCase(@"(inc)-\1")]
    public void Lookarounds_and_backreferences_are_refused_with_a_reason(string pattern) =>
        Assert.That(ConfiguredPattern.Problem(pattern), Does.Contain("lookaround or backreference"));

    [TestCase("(unclosed")]
    [TestCase("   ")]
    public void Broken_patterns_are_refused(string pattern) => Assert.That(ConfiguredPattern.Problem(pattern), Is.Not.Null);

    [Test]
    public void The_validator_names_the_setting()
    {
        var result = new IncidentOptionsValidator().Validate(null, new IncidentOptions { ChannelPattern = "(?=inc)inc", ResolutionPhrases = ["all good", "(?<!not )fixed"] });
        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Incidents:ChannelPattern"));
            Assert.That(result.FailureMessage, Does.Contain("Incidents:ResolutionPhrases:1"));
            Assert.That(result.FailureMessage, Does.Not.Contain("ResolutionPhrases:0"));
        });
    }
}
