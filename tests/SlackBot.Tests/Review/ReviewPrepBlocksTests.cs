using System.Text.Json.Nodes;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>The pack as a Slack message: what it shows, and Slack's limits on a very large incident.</summary>
public sealed class ReviewPrepBlocksTests
{
    private static readonly ReviewPrepComposer Composer = new(new QuestionComposer(QuestionBank.LoadDefault()));

    [Test]
    public void The_pack_for_a_small_incident_shows_every_part()
    {
        var incident = new CheckoutIncident();
        var prep = Composer.Compose(incident.Script.Material(), incident.NameOf);

        var message = ReviewPrepBlocks.Render(prep, incident.NameOf);

        var text = AllText(message.Blocks);
        Assert.Multiple(() =>
        {
            Assert.That(message.Blocks[0]!["type"]!.GetValue<string>(), Is.EqualTo("header"));
            Assert.That(text, Does.Contain("Review prep: #inc-2026-11-checkout-latency — Checkout slow"));
            foreach (var part in new[] { "*Who took part*", "*Themes so far*", "*Where accounts differ*", "*Moments nobody has answered about*", "*Questions worth asking*", "*Whom to invite*" })
                Assert.That(text, Does.Contain(part));
            Assert.That(text, Does.Contain("> the 5xx errors started at 14:05"), "Alice's account quoted");
            Assert.That(text, Does.Contain("> from the status page checks it started at 14:20"), "next to Carol's");
            Assert.That(text, Does.Contain("different times for when it started: 14:05 and 14:20"));
            Assert.That(text, Does.Contain("<@U0DAVE001> — named by others as the one who knows"));
            Assert.That(text, Does.Contain("declined (respected"), "the one-liner is open but declined");
            Assert.That(text, Does.Not.Contain("…and"), "everything fits");
            Assert.That(message.Text, Does.Contain("Review prep for #inc-2026-11-checkout-latency"), "a notification text");
        });
    }

    [Test]
    public void Who_took_part_shows_when_people_answered_and_someone_who_only_answered_is_not_said_to_have_lost_messages()
    {
        var incident = new CheckoutIncident();
        var prep = Composer.Compose(incident.Script.Material(), incident.NameOf);
        var answeredOnly = new Participant("U0FRANK01", null, null, 0, 0, 1, 1, IncidentScript.Start.AddMinutes(185));
        prep = prep with { Participants = [.. prep.Participants, answeredOnly] };

        var text = AllText(ReviewPrepBlocks.Render(prep, incident.NameOf).Blocks);
        var bobLine = text.Split('\n').Single(line => line.StartsWith("• <@U0BOB", StringComparison.Ordinal) && line.Contains(" message", StringComparison.Ordinal));
        var frankLine = text.Split('\n').Single(line => line.StartsWith("• <@U0FRANK01>", StringComparison.Ordinal) && line.Contains(" message", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(bobLine, Does.EndWith($"1 answer (last {IncidentScript.Start.AddMinutes(180).UtcDateTime:HH:mm})"));
            Assert.That(frankLine, Does.Contain("(answered only)").And.Not.Contain("no messages kept"));
        });
    }

    [Test]
    public void A_very_large_incident_stays_within_Slacks_limits_and_points_to_the_export()
    {
        var script = LargeIncident(people: 40, moments: 400);
        var prep = Composer.Compose(script.Material(), script.NameOf);

        var message = ReviewPrepBlocks.Render(prep, script.NameOf);

        var sections = message.Blocks.Select(block => block!.AsObject()).Where(block => block["type"]!.GetValue<string>() == "section").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(prep.Differences, Has.Count.GreaterThan(ReviewPrepBlocks.MaxDifferencesShown), "the incident is large enough to need trimming");
            Assert.That(prep.OpenMoments, Has.Count.GreaterThan(100));
            Assert.That(message.Blocks, Has.Count.LessThanOrEqualTo(50), "Slack's block limit");
            foreach (var section in sections)
                Assert.That(section["text"]!["text"]!.GetValue<string>(), Has.Length.LessThanOrEqualTo(3000), "Slack's section text limit");
            Assert.That(message.Blocks[0]!["text"]!["text"]!.GetValue<string>(), Has.Length.LessThanOrEqualTo(150), "Slack's header limit");
            var trimmed = AllText(message.Blocks);
            Assert.That(trimmed, Does.Match(@"…and \d+ more — see the export"), "says where the rest is");
            Assert.That(Count(trimmed, "…and "), Is.GreaterThanOrEqualTo(3), "differences, open moments and people are all trimmed");
            var shownDifferences = sections.Count(section => section["text"]!["text"]!.GetValue<string>().Contains("different times", StringComparison.Ordinal));
            Assert.That(shownDifferences, Is.EqualTo(ReviewPrepBlocks.MaxDifferencesShown));
        });
    }

    [Test]
    public void Lists_are_cut_at_a_whole_line_and_count_what_was_left_out()
    {
        var lines = Enumerable.Range(1, 500).Select(index => $"• line {index} " + new string('x', 40)).ToList();

        var section = ReviewPrepBlocks.ListSection("*Title*", lines, "none");

        var text = section["text"]!["text"]!.GetValue<string>();
        var shown = text.Split('\n').Count(line => line.StartsWith("• line", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(text, Has.Length.LessThanOrEqualTo(3000));
            Assert.That(text, Does.EndWith($"…and {500 - shown} more — see the export (`/learn export`)"));
            Assert.That(text.Split('\n').Skip(1).Take(shown), Is.EqualTo(lines.Take(shown)), "whole lines, in order");
        });
    }

    [Test]
    public void An_empty_list_says_so()
    {
        var section = ReviewPrepBlocks.ListSection("*Whom to invite*", [], "Nobody in particular yet.");

        Assert.That(section["text"]!["text"]!.GetValue<string>(), Is.EqualTo("*Whom to invite*\nNobody in particular yet."));
    }

    /// <summary>Many people, long messages, and a crowd who each remember a different start time.</summary>
    internal static IncidentScript LargeIncident(int people, int moments)
    {
        var script = new IncidentScript(title: "Everything is on fire, " + new string('!', 200));
        var ids = Enumerable.Range(0, people).Select(index => $"U0P{index:D6}").ToList();
        foreach (var (id, index) in ids.Select((id, index) => (id, index))) script.Person(id, $"person-{index}");
        var categories = MomentCategories.All.ToList();
        var filler = string.Join(' ', Enumerable.Repeat("the replica dashboard showed the queue backing up again", 30));
        for (var index = 0; index < moments; index++)
        {
            var person = ids[index % people];
            var minute = index * 0.25;
            script.Moment(person, minute, $"the errors started at 14:{index % 60:D2} from where I sat, {filler}",
                categories[index % categories.Count], $"the errors started at 14:{index % 60:D2} from where I sat");
        }

        return script;
    }

    private static string AllText(JsonArray blocks) => string.Join('\n', blocks.Select(block => Texts(block!)));

    private static string Texts(JsonNode node) => node switch
    {
        JsonObject obj => string.Join('\n', obj.Select(pair => pair.Key == "text" && pair.Value is JsonValue value ? value.GetValue<string>() : pair.Value is null ? "" : Texts(pair.Value))),
        JsonArray array => string.Join('\n', array.Select(item => item is null ? "" : Texts(item))),
        _ => "",
    };

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
