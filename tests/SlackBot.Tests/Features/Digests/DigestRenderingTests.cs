using System.Text.Json.Nodes;
using SlackBot.Features.Digests;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Features.Digests;

public sealed class DigestRenderingTests
{
    private static readonly TimeZoneInfo Zone = GeneratedDigestStore.Zone;
    private static readonly DigestPeriod Period = DigestPeriod.IsoWeek(2026, 48, Zone);

    [Test]
    public void A_huge_week_stays_within_slacks_limits_and_points_to_the_full_digest()
    {
        var digest = Huge(incidents: 400, perCategory: 60);

        var message = DigestBlocks.Render(digest, "digest:C0TEAM:1");

        var texts = message.Blocks.Select(block => block!["text"]?["text"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(message.Blocks, Has.Count.LessThanOrEqualTo(DigestBlocks.MaxBlocks));
            Assert.That(texts, Has.All.Length.LessThanOrEqualTo(DigestBlocks.MaxSectionText));
            Assert.That(message.Blocks[0]!["text"]!["text"]!.GetValue<string>(), Has.Length.LessThanOrEqualTo(DigestBlocks.MaxHeader));
            Assert.That(texts.Any(text => text.Contains("more in the full digest: `digest --week 2026-W48 --team payments`", StringComparison.Ordinal)), Is.True);
            Assert.That(DigestMarkdown.Render(digest), Does.Contain("inc-399"), "the Markdown form has everything");
        });
    }

    [Test]
    public void The_pulse_buttons_carry_the_digest_and_a_preview_has_none()
    {
        var digest = Huge(incidents: 2, perCategory: 1);

        var sent = DigestBlocks.Render(digest, "digest:C0TEAM:1");
        var preview = DigestBlocks.Render(digest);

        var actions = sent.Blocks.OfType<JsonObject>().Single(block => block["type"]!.GetValue<string>() == "actions");
        Assert.Multiple(() =>
        {
            Assert.That(actions["elements"]!.AsArray().Select(button => (button!["action_id"]!.GetValue<string>(), button["value"]!.GetValue<string>())),
                Is.EqualTo(new[] { (DigestBlocks.LearnedAction, "digest:C0TEAM:1"), (DigestBlocks.NotThisWeekAction, "digest:C0TEAM:1") }));
            Assert.That(preview.Blocks.OfType<JsonObject>().Any(block => block["type"]!.GetValue<string>() == "actions"), Is.False);
        });
    }

    [Test]
    public void Peoples_words_can_neither_ping_nor_link_nor_format_in_either_form()
    {
        var digest = Huge(incidents: 1, perCategory: 1) with
        {
            Highlights = [new DigestHighlight(MomentCategory.Surprises, "<!channel> look at *this* [x](https://evil.example) <https://evil.example|here>", "eve", null, "#inc-1", Period.Start)],
        };

        var blocks = DigestBlocks.Render(digest).Blocks.ToJsonString();
        var markdown = DigestMarkdown.Render(digest);

        Assert.Multiple(() =>
        {
            Assert.That(blocks, Does.Not.Contain("<!channel>").And.Not.Contain("<https://evil.example"));
            Assert.That(markdown, Does.Contain(@"\[x\](https://evil.example)").And.Contain(@"\*this\*").And.Contain(@"\<!channel\>"));
        });
    }

    [Test]
    public void The_pulse_of_earlier_digests_is_shown_as_a_trend_newest_first()
    {
        var digest = Huge(incidents: 1, perCategory: 1) with { Pulse = [new PulseWeek("2026-W46", 2, 3), new PulseWeek("2026-W47", 4, 1)] };

        Assert.Multiple(() =>
        {
            Assert.That(DigestMarkdown.Render(digest), Does.Contain("4 of 5 in 2026-W47 · 2 of 5 in 2026-W46"));
            Assert.That(DigestBlocks.Render(digest).Blocks.ToJsonString(), Does.Contain("4 of 5 in 2026-W47"));
        });
    }

    private static Digest Huge(int incidents, int perCategory) => new()
    {
        Period = Period,
        Week = Period.WeekLabel(Zone),
        Zone = Zone,
        Team = "payments",
        Incidents = Enumerable.Range(0, incidents).Select(n => new DigestIncident($"C{n}:1", $"C0INC{n:000}", $"inc-{n}", $"A long title for incident number {n} about checkout", IncidentStatus.Resolved, Period.Start, 3)).ToList(),
        FindingCount = incidents * 3,
        Themes = Enumerable.Range(0, 200).Select(n => new ThemeCount($"theme {n} with a long descriptive name", 200 - n, n % 3)).ToList(),
        Highlights = DigestComposer.HighlightCategories.SelectMany(category => Enumerable.Range(0, perCategory).Select(n =>
            new DigestHighlight(category, new string('w', 380) + $" {n}", "priya", $"https://northwind.slack.com/archives/C0INC1/p{n}", $"#inc-{n}", Period.Start))).ToList(),
        OpenQuestions = Enumerable.Range(0, 100).Select(n => new DigestQuestion($"What told you it was the pool, question {n}?", "bob", $"#inc-{n}", Period.Start)).ToList(),
    };
}
