using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Features.Digests;

public sealed class DigestComposerTests
{
    // Monday 5 October 2026, 00:00 in Berlin; ten weeks of history, week 6 quiet.
    private static readonly DateTimeOffset FirstWeek = new(2026, 10, 4, 22, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zone = GeneratedDigestStore.Zone;

    private GeneratedDigestStore _store = null!;

    [SetUp]
    public void Generate() => _store = new GeneratedDigestStore(FirstWeek, weeks: 10, seed: 11, quietWeeks: 6);

    [TearDown]
    public void Dispose() => _store.Dispose();

    private static DigestPeriod Week(int number) => DigestPeriod.WeekOf(FirstWeek.AddDays(7 * number + 1), Zone);

    [Test]
    public async Task A_team_digest_holds_that_teams_public_incidents_and_their_findings_of_the_week()
    {
        var period = Week(8);

        var digest = await _store.ComposeAsync(period, new DigestFilter("search", PostedTo: "C0TEAMSEARCH"));

        var expectedIncidents = _store.Incidents.Where(incident => incident.Teams.Contains("search") && !incident.IsPrivate &&
            (period.Contains(incident.StartedAt) || _store.Findings.Any(finding => finding.IncidentId == incident.Id && period.Contains(finding.CreatedAt)))).ToList();
        var expectedFindings = _store.Findings.Count(finding => period.Contains(finding.CreatedAt) && expectedIncidents.Any(incident => incident.Id == finding.IncidentId));
        Assert.Multiple(() =>
        {
            Assert.That(expectedIncidents, Is.Not.Empty, "the generated week has something to show");
            Assert.That(digest.Incidents.Select(incident => incident.Id), Is.EquivalentTo(expectedIncidents.Select(incident => incident.Id)));
            Assert.That(digest.FindingCount, Is.EqualTo(expectedFindings));
            Assert.That(digest.Highlights.Select(highlight => highlight.Quote), Has.All.Contains("inc-search"));
            Assert.That(digest.Week, Is.EqualTo("2026-W49"));
        });
    }

    [Test]
    public async Task A_private_channels_findings_appear_only_in_a_digest_posted_to_that_channel()
    {
        var restricted = _store.Findings.First(finding => FindingSearchRules.RestrictedTo(finding) is not null && finding.CreatedAt > FirstWeek.AddDays(7));
        var period = DigestPeriod.WeekOf(restricted.CreatedAt, Zone);

        var elsewhere = await _store.ComposeAsync(period, new DigestFilter(null, PostedTo: "C0TEAMSEARCH"));
        var inItsChannel = await _store.ComposeAsync(period, new DigestFilter(null, PostedTo: restricted.ChannelId));
        var offline = await _store.ComposeAsync(period, new DigestFilter(null, PostedTo: null));

        static bool Shows(Digest digest, Finding finding) =>
            digest.Highlights.Any(highlight => highlight.Permalink == finding.Permalink) || digest.Incidents.Any(incident => incident.Id == finding.IncidentId);
        var privateInPeriod = _store.Findings.Count(finding => finding.FromPrivateChannel && period.Contains(finding.CreatedAt));
        var allInPeriod = _store.Findings.Count(finding => period.Contains(finding.CreatedAt));
        Assert.Multiple(() =>
        {
            Assert.That(Shows(elsewhere, restricted), Is.False, "not in another channel's digest");
            Assert.That(Shows(offline, restricted), Is.False, "not in a digest posted nowhere in particular");
            Assert.That(inItsChannel.Incidents.Select(incident => incident.Id), Does.Contain(restricted.IncidentId), "in its own channel's digest");
            Assert.That(elsewhere.FindingCount, Is.EqualTo(allInPeriod - privateInPeriod), "nothing private is even counted");
            Assert.That(elsewhere.Highlights.Select(highlight => highlight.Permalink), Has.None.Contains(restricted.ChannelId));
        });
    }

    [Test]
    public async Task A_quiet_week_is_empty_and_says_so_in_one_friendly_line()
    {
        var digest = await _store.ComposeAsync(Week(6), new DigestFilter("payments", PostedTo: "C0TEAM"));
        var message = DigestBlocks.Render(digest, "digest:1");

        Assert.Multiple(() =>
        {
            Assert.That(digest.IsEmpty, Is.True);
            Assert.That(message.Blocks.Count(block => block!["type"]!.GetValue<string>() == "section"), Is.EqualTo(1));
            Assert.That(message.Text, Does.Contain("A quiet week for payments"));
            Assert.That(DigestMarkdown.Render(digest), Does.Contain("A quiet week for payments"));
        });
    }

    [Test]
    public async Task A_withdrawn_finding_is_gone_from_the_store_and_so_from_the_digest()
    {
        var withdrawn = _store.Findings.First(finding => !finding.FromPrivateChannel && finding.Category == MomentCategory.Surprises && finding.CreatedAt > FirstWeek.AddDays(35));
        var period = DigestPeriod.WeekOf(withdrawn.CreatedAt, Zone);
        var before = await _store.ComposeAsync(period, new DigestFilter(null, "C0TEAM"));

        await _store.Get<IFindingStore>().DeleteAsync(withdrawn.Id, CancellationToken.None);
        var after = await _store.ComposeAsync(period, new DigestFilter(null, "C0TEAM"));

        Assert.Multiple(() =>
        {
            Assert.That(after.FindingCount, Is.EqualTo(before.FindingCount - 1));
            Assert.That(after.Highlights.Select(highlight => highlight.Permalink), Does.Not.Contain(withdrawn.Permalink));
            Assert.That(DigestMarkdown.Render(after), Does.Not.Contain(withdrawn.Permalink));
        });
    }

    [Test]
    public async Task Each_theme_is_counted_against_its_weekly_average_over_the_four_weeks_before()
    {
        var period = Week(9);
        var digest = await _store.ComposeAsync(period, new DigestFilter(null, null));

        var trendStart = period.Previous(4, Zone)[0].Start;
        foreach (var theme in digest.Themes)
        {
            var now = _store.Findings.Count(finding => !finding.FromPrivateChannel && period.Contains(finding.CreatedAt) && finding.Themes.Contains(theme.Theme));
            var before = _store.Findings.Count(finding => !finding.FromPrivateChannel && finding.CreatedAt >= trendStart && finding.CreatedAt < period.Start && finding.Themes.Contains(theme.Theme));
            Assert.That((theme.Count, theme.PreviousWeeklyAverage), Is.EqualTo((now, before / 4.0)), theme.Theme);
        }

        Assert.That(digest.Themes.Select(theme => theme.Count), Is.Ordered.Descending);
    }

    [Test]
    public void Highlights_quote_peoples_words_with_name_and_link_but_never_flagged_wording_and_anonymising_drops_names()
    {
        var period = Week(1);
        var incident = new Incident { Id = "C0INC1:1", ChannelId = "C0INC1", ChannelName = "inc-checkout", Title = "Checkout latency", StartedAt = period.Start.AddDays(1) };
        Finding Make(string id, MomentCategory category, string text, params string[] flags) => new()
        {
            Id = id, Text = text, AuthorId = "U0PRIYA", IncidentId = incident.Id, ChannelId = "C0INC1", Category = category,
            Permalink = "https://northwind.slack.com/archives/C0INC1/p" + id, BlameFlags = flags, CreatedAt = period.Start.AddDays(2), Themes = [category.Label()],
        };
        var material = new DigestMaterial
        {
            Incidents = [incident],
            Findings =
            [
                Make("1", MomentCategory.ScriptsAndTools, "I keep a saved query for this; <@U0BOB> wrote it"),
                Make("2", MomentCategory.Surprises, "someone should have checked the replica", "counterfactual"),
            ],
            OpenQuestions = [new AskedQuestion { Id = "q:1", IncidentId = incident.Id, UserId = "U0BOB", Status = QuestionStatus.Posted, Text = "<@U0BOB> what told you it was the pool?" }],
            NameOf = id => id switch { "U0PRIYA" => "priya", "U0BOB" => "bob", _ => id },
        };

        var named = DigestComposer.Compose(period, Zone, new DigestFilter(null, null), material);
        var anonymous = DigestComposer.Compose(period, Zone, new DigestFilter(null, null, Anonymize: true), material);

        Assert.Multiple(() =>
        {
            Assert.That(named.Highlights, Has.Count.EqualTo(1), "the flagged wording is counted, not quoted");
            Assert.That(named.FindingCount, Is.EqualTo(2));
            Assert.That(named.Highlights[0], Is.EqualTo(new DigestHighlight(MomentCategory.ScriptsAndTools, "I keep a saved query for this; @bob wrote it", "priya",
                "https://northwind.slack.com/archives/C0INC1/p1", "#inc-checkout — Checkout latency", period.Start.AddDays(2))));
            Assert.That(named.OpenQuestions.Single(), Is.EqualTo(new DigestQuestion("@bob what told you it was the pool?", "bob", "#inc-checkout — Checkout latency", default(DateTimeOffset))));
            Assert.That(anonymous.Highlights[0].Author, Is.Null);
            Assert.That(anonymous.Highlights[0].Quote, Is.EqualTo("I keep a saved query for this; @someone wrote it"));
            Assert.That(anonymous.OpenQuestions.Single().AskedOf, Is.Null);
            Assert.That(DigestMarkdown.Render(anonymous), Does.Not.Contain("priya").And.Not.Contain("bob"));
            Assert.That(DigestBlocks.Render(anonymous).Blocks.ToJsonString(), Does.Not.Contain("priya").And.Not.Contain("bob").And.Not.Contain("U0"));
        });
    }
}
