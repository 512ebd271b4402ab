using Microsoft.Extensions.Options;
using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

public class FacilitatorEntryTests
{
    private static IEnumerable<TestCaseData> Understood()
    {
        yield return new TestCaseData("U0FRAN", new FacilitatorEntry.Person("U0FRAN"));
        yield return new TestCaseData(" W0ENTERPRISE ", new FacilitatorEntry.Person("W0ENTERPRISE"));
        yield return new TestCaseData("<@U0FRAN>", new FacilitatorEntry.Person("U0FRAN"));
        yield return new TestCaseData("<@U0FRAN|fran>", new FacilitatorEntry.Person("U0FRAN"));
        yield return new TestCaseData("S0SRELEADS", new FacilitatorEntry.Group("S0SRELEADS"));
        yield return new TestCaseData("<!subteam^S0SRELEADS|@sre-leads>", new FacilitatorEntry.Group("S0SRELEADS", "sre-leads"));
        yield return new TestCaseData("<!subteam^S0SRELEADS>", new FacilitatorEntry.Group("S0SRELEADS"));
        yield return new TestCaseData("@sre-leads", new FacilitatorEntry.GroupHandle("sre-leads"));
        yield return new TestCaseData("@incident.commanders", new FacilitatorEntry.GroupHandle("incident.commanders"));
    }

    [TestCaseSource(nameof(Understood))]
    public void Ids_handles_and_pasted_escapes_are_understood(string raw, FacilitatorEntry expected) =>
        Assert.That(FacilitatorEntry.Parse(raw), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("fran")]
    [TestCase("u0fran")]
    [TestCase("C0CHANNEL")]
    [TestCase("@")]
    [TestCase("@Sre Leads")]
    [TestCase("<@U0FRAN")]
    [TestCase("U0FRAN>")]
    [TestCase("<!subteam^S0X|@sre")]
    public void Anything_else_is_not_an_entry(string raw) => Assert.That(FacilitatorEntry.Parse(raw), Is.Null);

    [Test]
    public void The_validator_names_the_setting_and_every_entry_it_did_not_understand()
    {
        var result = new LearnOptionsValidator().Validate(null, new LearnOptions { Facilitators = ["U0FRAN", "fran", "@sre-leads", "#incidents"] });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Learn:Facilitators").And.Contain("'fran'").And.Contain("'#incidents'"));
            Assert.That(result.FailureMessage, Does.Not.Contain("'U0FRAN'").And.Not.Contain("'@sre-leads'"));
            Assert.That(new LearnOptionsValidator().Validate(null, new LearnOptions { Facilitators = ["U0FRAN", "S0SRE", "@sre-leads"] }), Is.EqualTo(ValidateOptionsResult.Success));
        });
    }
}
