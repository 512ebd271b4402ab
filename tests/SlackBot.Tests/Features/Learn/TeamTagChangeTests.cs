using SlackBot.Features.Incidents;
using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

/// <summary>The <c>/learn team</c> grammar: names add, <c>-name</c> removes, <c>none</c> clears; names as Slack sends them.</summary>
public class TeamTagChangeTests
{
    [TestCase("payments", "payments")]
    [TestCase("#Payments", "payments")]
    [TestCase("@Checkout-Team", "checkout-team")]
    [TestCase("<!subteam^S0PAYMENTS|@payments-oncall>", "payments-oncall")]
    [TestCase("<#C0CHAT|team-payments>", "team-payments")]
    [TestCase("sre.platform_eu", "sre.platform_eu")]
    public void A_name_is_normalised_as_typed_or_as_Slack_escapes_it(string typed, string tag) =>
        Assert.That(IncidentTeams.Normalise(typed), Is.EqualTo(tag));

    [TestCase("<@U0BOB|bob>")]
    [TestCase("<!channel>")]
    [TestCase("<https://evil.example|payments>")]
    [TestCase("pay*ments")]
    [TestCase("#")]
    [TestCase("<!subteam^S0PAYMENTS>")]
    public void What_cannot_be_a_team_name_is_refused(string typed) =>
        Assert.That(IncidentTeams.Normalise(typed), Is.Null);

    [Test]
    public void Names_separated_by_spaces_or_commas_are_added_once_each_in_order()
    {
        var change = TeamTagChange.Parse("payments, Checkout,#payments  search");

        Assert.Multiple(() =>
        {
            Assert.That(change.Add, Is.EqualTo(new[] { "payments", "checkout", "search" }));
            Assert.That(change.NotUnderstood, Is.Empty);
            Assert.That(change.ApplyTo(["checkout", "db"]), Is.EqualTo(new[] { "checkout", "db", "payments", "search" }), "existing tags first, no duplicates");
        });
    }

    [Test]
    public void A_dash_removes_a_tag_and_none_alone_clears_them()
    {
        var remove = TeamTagChange.Parse("-DB sre");
        var clear = TeamTagChange.Parse(" None ");

        Assert.Multiple(() =>
        {
            Assert.That(remove.Remove, Is.EqualTo(new[] { "db" }));
            Assert.That(remove.ApplyTo(["db", "payments"]), Is.EqualTo(new[] { "payments", "sre" }));
            Assert.That(clear.Clear, Is.True);
            Assert.That(clear.ApplyTo(["db", "payments"]), Is.Empty);
        });
    }

    [Test]
    public void Words_that_cannot_be_names_are_reported_and_none_among_names_is_one_of_them()
    {
        var change = TeamTagChange.Parse("payments <@U0BOB|bob> none pay*ments");

        Assert.That(change.NotUnderstood, Is.EqualTo(new[] { "<@U0BOB|bob>", "none", "pay*ments" }));
    }
}
