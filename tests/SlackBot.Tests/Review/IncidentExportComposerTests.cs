using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>The Markdown export of one incident.</summary>
public sealed class IncidentExportComposerTests
{
    private static readonly DateTimeOffset ExportedAt = new(2026, 11, 9, 10, 30, 0, TimeSpan.Zero);
    private static readonly ReviewPrepComposer Prep = new(new QuestionComposer(QuestionBank.LoadDefault()));

    private readonly CheckoutIncident _incident = new();

    private ExportDocument Export(bool includePrivate = true, bool withPrep = false)
    {
        var material = _incident.Script.Material();
        var prep = withPrep ? Prep.Compose(material, _incident.NameOf, includePrivate) : null;
        return IncidentExportComposer.Compose(material, _incident.NameOf, ExportedAt, includePrivate, prep);
    }

    [Test]
    public void The_header_says_which_incident_when_and_how_long()
    {
        var document = Export();

        Assert.Multiple(() =>
        {
            Assert.That(document.FileName, Is.EqualTo("incident-inc-2026-11-checkout-latency-2026-11-05.md"));
            Assert.That(document.Title, Is.EqualTo("Incident export: #inc-2026-11-checkout-latency — Checkout slow"));
            Assert.That(document.Markdown, Does.StartWith("# \\#inc-2026-11-checkout-latency — Checkout slow\n"), "the # of the channel is not a second heading mark");
            Assert.That(document.Markdown, Does.Contain("- **Started:** 2026-11-05 14:00 UTC by carol"));
            Assert.That(document.Markdown, Does.Contain("- **Resolved:** 2026-11-05 16:08 UTC by carol (with /learn resolve)"));
            Assert.That(document.Markdown, Does.Contain("- **Duration:** 2 h 08 min"));
            Assert.That(document.Markdown, Does.Contain("5 questions (2 answered, 2 open, 1 declined)"), "posted and snoozed are open");
            Assert.That(document.Markdown, Does.Contain("Exported from Slack on 2026-11-09 10:30 UTC"));
        });
    }

    [Test]
    public void The_timeline_lists_each_moment_with_time_person_category_cue_and_link()
    {
        var document = Export();

        var timeline = Section(document.Markdown, "## Timeline of moments");
        Assert.Multiple(() =>
        {
            Assert.That(timeline, Does.Contain(
                $"- **14:10** bob · _Workarounds and skipped steps_ — “I skipped the failover step in the runbook” · [in Slack](<{IncidentScript.Link(_incident.SkippedFailover.Ts)}>)"));
            Assert.That(timeline, Does.Contain("  > I skipped the failover step in the runbook because the replica was 40 minutes behind"), "the whole message, quoted");
            Assert.That(timeline, Does.Contain("“only @dave knows how the retry worker drains the queue”"), "names, not ids");
            Assert.That(timeline, Does.Not.Contain("U0DAVE001"));
            Assert.That(timeline.IndexOf("14:08", StringComparison.Ordinal), Is.LessThan(timeline.IndexOf("14:40", StringComparison.Ordinal)), "in time order");
        });
    }

    [Test]
    public void Questions_show_their_status_their_link_and_every_answer()
    {
        var document = Export();

        var questions = Section(document.Markdown, "## Questions and answers");
        Assert.Multiple(() =>
        {
            Assert.That(questions, Does.Contain("- **To alice** about “I saw it on the checkout dashboard” (14:08) — _answered_ · [question in Slack]"));
            Assert.That(questions, Does.Contain("  - **carol:** from the status page checks it started at 14:20, the alerts only came later"), "a bystander's answer too");
            Assert.That(questions, Does.Contain("  - **alice:** the p99 panel on the checkout dashboard"));
            Assert.That(questions, Does.Contain("— _open_"));
            Assert.That(questions, Does.Contain("— _declined_"));
            Assert.That(questions, Does.Contain("— _snoozed_"));
            Assert.That(questions, Does.Contain("  > @alice you wrote “I saw it on the checkout dashboard”"), "the question as asked, with the name");
        });
    }

    [Test]
    public void Findings_are_grouped_by_theme_with_their_authors()
    {
        var document = Export();

        var findings = Section(document.Markdown, "## Findings by theme");
        Assert.Multiple(() =>
        {
            Assert.That(findings, Does.Contain("### Workarounds and skipped steps (2)"));
            Assert.That(findings, Does.Contain("### Cues and noticing (2)"));
            Assert.That(findings, Does.Contain("— bob, Nov 5"));
            Assert.That(findings, Does.Contain("also: databases"), "the other themes as tags");
            Assert.That(findings, Does.Contain("the drain script lives in a private gist"));
        });
    }

    [Test]
    public void Findings_from_private_channels_are_left_out_when_asked()
    {
        var document = Export(includePrivate: false, withPrep: true);

        Assert.Multiple(() =>
        {
            Assert.That(document.Markdown, Does.Not.Contain("private gist"));
            Assert.That(document.Markdown, Does.Contain("_1 finding from a private channel left out of this export._"));
            Assert.That(document.Markdown, Does.Contain("5 findings").Or.Contain("4 findings"));
            Assert.That(document.Markdown, Does.Not.Contain("Scripts and tools ("), "its theme is gone too");
        });
    }

    [Test]
    public void Ideas_stay_apart_and_participants_say_who_wrote_was_asked_and_answered()
    {
        var document = Export();

        Assert.Multiple(() =>
        {
            Assert.That(Section(document.Markdown, "## Fix ideas (parking lot)"), Does.Contain("- add an alert on replica lag above 10 minutes — erin, Nov 5"));
            var participants = Section(document.Markdown, "## Participants");
            Assert.That(participants, Does.Contain("| Person | Wrote | Moments | Was asked | Answered |"));
            Assert.That(participants, Does.Contain("| bob | 2 | 2 | 2 | 1 |"));
            Assert.That(participants, Does.Contain("| erin | 1 | 0 | 0 | 0 |"));
        });
    }

    [Test]
    public void The_review_pack_is_the_last_section_when_given()
    {
        var document = Export(withPrep: true);

        var pack = Section(document.Markdown, "## Review prep");
        Assert.Multiple(() =>
        {
            Assert.That(pack, Does.Contain("### Where accounts differ"));
            Assert.That(pack, Does.Contain("- **Different times for when it started: 14:05 and 14:20**"));
            Assert.That(pack, Does.Contain("  - alice, 14:08: “the 5xx errors started at 14:05"));
            Assert.That(pack, Does.Contain("  - carol, 16:50 (finding): “from the status page checks it started at 14:20"));
            Assert.That(pack, Does.Contain("| carol | 14:02 | 16:50 |"));
            Assert.That(pack, Does.Contain("- dave — named by others as the one who knows"));
            Assert.That(pack, Does.Contain("- To alice: ").And.Contain("“the connection pool limit was 20 and not 200 like I expected”"));
            Assert.That(Export().Markdown, Does.Not.Contain("## Review prep"));
        });
    }

    [Test]
    public void What_people_wrote_cannot_turn_into_markdown()
    {
        var script = new IncidentScript().Person("U0MAL0001", "mallory");
        script.Moment("U0MAL0001", 5, "# not a heading [click](https://evil.example) &lt;b&gt;bold&lt;/b&gt; | pipe * star _under_",
            MomentCategory.Surprises, "# not a heading [click](https://evil.example)");

        var markdown = IncidentExportComposer.Compose(script.Material(), script.NameOf, ExportedAt).Markdown;

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("“\\# not a heading \\[click\\](https://evil.example)”"));
            Assert.That(markdown, Does.Contain("\\<b\\>bold\\</b\\> \\| pipe \\* star under"), "Slack's own _italic_ marks are dropped, the rest escaped");
            Assert.That(markdown, Does.Not.Contain("\n# not"));
        });
    }

    [Test]
    public void An_incident_with_nothing_yet_still_exports()
    {
        var script = new IncidentScript(title: null);

        var document = IncidentExportComposer.Compose(script.Material(), script.NameOf, ExportedAt);

        Assert.Multiple(() =>
        {
            Assert.That(document.Markdown, Does.Contain("No learning moments were noted."));
            Assert.That(document.Markdown, Does.Contain("No questions were asked."));
            Assert.That(document.Markdown, Does.Contain("No findings yet."));
            Assert.That(document.Markdown, Does.Contain("Nobody yet."));
        });
    }

    /// <summary>The text from a heading to the next heading of the same level.</summary>
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"the export has {heading}");
        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var next = markdown.IndexOf("\n" + level, start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? markdown[start..] : markdown[start..next];
    }
}
