using System.Collections.Concurrent;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Tests.Findings.Search;

public class FindingSearchVisibilityTests
{
    private static SearchBed Bed() => SearchBed.With(
        AFinding.Public("public", "The payroll export retried forever."),
        AFinding.Private("payroll", "The payroll export leaked into the shared bucket.", channelId: "G0PAYROLL"),
        AFinding.Private("legal", "Legal asked us to keep the payroll logs.", channelId: "G0LEGAL"));

    [Test]
    public async Task A_private_channels_finding_is_hidden_from_someone_outside_it()
    {
        using var bed = Bed();

        Assert.That(await bed.IdsAsync("payroll", SearchVisibility.PublicOnly), Is.EqualTo(new[] { "public" }));
    }

    [Test]
    public async Task A_finding_its_author_narrowed_to_the_incident_channel_is_found_only_by_that_channels_members()
    {
        using var bed = SearchBed.With(
            AFinding.Public("open", "The payroll export retried forever."),
            AFinding.Public("narrowed", "The payroll export was restarted by hand.", channelId: "C0INC1") with
            {
                IncidentId = "C0INC1:1793880000", Visibility = SlackBot.Features.Findings.FindingVisibility.IncidentChannel,
            });

        Assert.Multiple(async () =>
        {
            Assert.That(await bed.IdsAsync("payroll", SearchVisibility.PublicOnly), Is.EqualTo(new[] { "open" }));
            Assert.That(await bed.IdsAsync("payroll", SearchVisibility.MemberOf(new HashSet<string> { "C0INC1" })), Is.EquivalentTo(new[] { "open", "narrowed" }));
        });
    }

    [Test]
    public async Task Members_of_a_private_channel_see_its_findings_and_only_those()
    {
        using var bed = Bed();

        var ids = await bed.IdsAsync("payroll", SearchVisibility.MemberOf(new HashSet<string> { "G0PAYROLL" }));

        Assert.That(ids, Is.EquivalentTo(new[] { "public", "payroll" }));
    }

    [Test]
    public async Task The_caller_is_asked_only_about_private_channels_holding_a_match_once_each()
    {
        using var bed = SearchBed.With(
            AFinding.Private("p1", "The payroll export leaked.", channelId: "G0PAYROLL"),
            AFinding.Private("p2", "The payroll job ran twice.", channelId: "G0PAYROLL"),
            AFinding.Private("other", "The VPN certificate expired.", channelId: "G0VPN") with { IncidentName = "#inc-vpn" });
        var asked = new ConcurrentQueue<string>();
        var visibility = SearchVisibility.Asking((channel, _) =>
        {
            asked.Enqueue(channel);
            return ValueTask.FromResult(true);
        });

        var ids = await bed.IdsAsync("payroll", visibility);

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EquivalentTo(new[] { "p1", "p2" }));
            Assert.That(asked, Is.EqualTo(new[] { "G0PAYROLL" }));
        });
    }

    [Test]
    public async Task Nobody_is_asked_when_every_match_is_public()
    {
        using var bed = Bed();
        var asked = 0;

        var ids = await bed.IdsAsync("retried", SearchVisibility.Asking((_, _) =>
        {
            asked++;
            return ValueTask.FromResult(false);
        }));

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { "public" }));
            Assert.That(asked, Is.Zero);
        });
    }

    [Test]
    public async Task A_private_finding_whose_channel_is_unknown_is_shown_to_nobody()
    {
        using var bed = SearchBed.With(AFinding.Private("orphan", "The payroll export leaked.", channelId: "G0X") with { ChannelId = null });

        Assert.That(await bed.IdsAsync("payroll", SearchVisibility.Asking((_, _) => ValueTask.FromResult(true))), Is.Empty);
    }

    [Test]
    public async Task Hidden_findings_do_not_take_the_places_of_visible_ones()
    {
        var hidden = Enumerable.Range(1, 20).Select(i => AFinding.Private($"hidden{i}", "cache cache cache", channelId: "G0SECRET"));
        var visible = Enumerable.Range(1, 3).Select(i => AFinding.Public($"visible{i}", "the cache was stale, and " + string.Join(' ', Enumerable.Repeat("more", i))));
        using var bed = SearchBed.With([.. hidden, .. visible]);

        var hits = (await bed.FindAsync("cache", SearchVisibility.PublicOnly, maxHits: 3)).Hits;

        Assert.That(hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "visible1", "visible2", "visible3" }));
    }

    [Test]
    public async Task A_finding_moved_to_a_private_channel_disappears_for_outsiders()
    {
        using var bed = Bed();

        bed.Search.Index(AFinding.Private("public", "The payroll export retried forever.", channelId: "G0PAYROLL"));

        Assert.That(await bed.IdsAsync("retried", SearchVisibility.PublicOnly), Is.Empty);
    }
}
