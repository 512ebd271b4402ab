using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Review;

namespace SlackBot.Tests.Findings.Search;

/// <summary>The one rule of who sees a finding, as search, exports and review packs all apply it.</summary>
public class FindingSearchRulesTests
{
    private static readonly Finding Public = AFinding.Public("f1", "The pool was at 200.", channelId: "C0INC1") with { IncidentId = "C0INC1:1793880000" };

    [Test]
    public void An_organisation_wide_finding_from_a_public_channel_is_for_everyone() =>
        Assert.That(FindingSearchRules.RestrictedTo(Public), Is.Null);

    [Test]
    public void Incident_channel_only_restricts_it_to_the_incidents_channel_even_when_answered_in_a_direct_message()
    {
        var inDm = Public with { ChannelId = "D0ALICE", Visibility = FindingVisibility.IncidentChannel };

        Assert.Multiple(() =>
        {
            Assert.That(FindingSearchRules.RestrictedTo(Public with { Visibility = FindingVisibility.IncidentChannel }), Is.EqualTo("C0INC1"));
            Assert.That(FindingSearchRules.RestrictedTo(inDm), Is.EqualTo("C0INC1"));
            Assert.That(FindingSearchRules.RestrictedTo(inDm with { IncidentId = null }), Is.EqualTo("D0ALICE"), "a note outside incidents stays where it was written");
        });
    }

    [Test]
    public void Choosing_organisation_never_widens_a_private_channels_finding()
    {
        var fromPrivate = AFinding.Private("p1", "The payroll export leaked.", channelId: "G0PAYROLL") with { Visibility = FindingVisibility.Organisation };

        Assert.That(FindingSearchRules.RestrictedTo(fromPrivate), Is.EqualTo("G0PAYROLL"));
    }

    [Test]
    public void Exports_and_packs_leave_out_every_restricted_finding_when_the_reader_may_not_see_them()
    {
        var narrowed = Public with { Id = "f2", Visibility = FindingVisibility.IncidentChannel };
        var fromPrivate = AFinding.Private("p1", "The payroll export leaked.", channelId: "G0PAYROLL");
        var material = new ReviewMaterial
        {
            Incident = new SlackBot.Features.Incidents.Incident { Id = "C0INC1:1793880000", ChannelId = "C0INC1" },
            Findings = [Public, narrowed, fromPrivate],
        };

        Assert.That(material.WithoutRestrictedFindings().Findings.Select(finding => finding.Id), Is.EqualTo(new[] { "f1" }));
    }
}
