using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

/// <summary>What <c>/learn search</c> shows for hits, for nothing found and for nothing searchable, within Slack's limits.</summary>
public class SearchReplyTests
{
    private static readonly DateTimeOffset Noted = new(2026, 11, 5, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void Each_hit_is_its_excerpt_then_incident_author_date_and_link()
    {
        var reply = SearchReply.Render("restart cache", new SearchResults([Hit("a", "I *restarted* the *cache*\nby hand")], ["restart", "cach"]));

        var blocks = reply.Blocks!;
        Assert.Multiple(() =>
        {
            Assert.That(reply.InChannel, Is.False, "only the person who searched sees it");
            Assert.That(reply.Text, Is.EqualTo("1 result for “restart cache”"));
            Assert.That(blocks.Select(block => block!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "header", "section", "context" }));
            Assert.That(Text(blocks[1]), Is.EqualTo("> I *restarted* the *cache*\n> by hand"), "the excerpt's own mrkdwn kept, each line quoted");
            Assert.That(Text(blocks[2]), Is.EqualTo(
                "#inc-db — Replica lag · <@U0ALICE> · <!date^1793871000^{date_short}|2026-11-05> · <https://example.slack.com/archives/C1/p1|in Slack>"));
        });
    }

    [Test]
    public void A_note_without_incident_or_link_says_so()
    {
        var hit = Hit("n", "text") with { IncidentName = null, Permalink = null, Source = FindingSource.Note };

        Assert.That(SearchReply.About(hit), Is.EqualTo("no incident · <@U0ALICE> · <!date^1793871000^{date_short}|2026-11-05> · note"));
    }

    [Test]
    public void An_incident_name_cannot_ping_or_link()
    {
        var hit = Hit("x", "text") with { IncidentName = "#inc <!channel> <https://evil.example|x>" };

        Assert.That(SearchReply.About(hit), Does.StartWith("#inc &lt;!channel&gt; &lt;https://evil.example|x&gt; · "));
    }

    [Test]
    public void The_most_hits_a_query_may_ask_for_are_cut_to_what_one_message_holds()
    {
        var hits = Enumerable.Range(0, SearchQuery.MostHits).Select(i => Hit($"h{i}", $"finding {i}")).ToList();

        var reply = SearchReply.Render("pool", new SearchResults(hits, ["pool"]), SearchQuery.MostHits);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Blocks!, Has.Count.LessThanOrEqualTo(50));
            Assert.That(reply.Text, Does.StartWith($"{SearchReply.MaxHitsShown} results"), "says what it shows");
            Assert.That(Text(reply.Blocks![^1]), Does.Contain($"The best {SearchReply.MaxHitsShown} are shown"));
        });
    }

    [Test]
    public void Ten_hits_the_default_fit_in_one_message()
    {
        var hits = Enumerable.Range(0, SearchQuery.DefaultMaxHits).Select(i => Hit($"h{i}", new string('w', 2_999))).ToList();

        var reply = SearchReply.Render("pool", new SearchResults(hits, ["pool"]));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Blocks!, Has.Count.EqualTo(1 + 2 * SearchQuery.DefaultMaxHits + 1).And.Count.LessThanOrEqualTo(50));
            Assert.That(reply.Blocks!.Where(block => block!["type"]!.GetValue<string>() == "section").Select(Text), Has.All.Length.LessThanOrEqualTo(3000));
            Assert.That(reply.Text, Does.StartWith("10 results for"));
        });
    }

    [Test]
    public void Nothing_found_gets_a_tip()
    {
        var reply = SearchReply.Render("frobnicator", SearchResults.Nothing(["frobnic"]));

        Assert.That(reply.Text, Does.StartWith("No findings or notes match “frobnicator”.").And.Contain("fewer words").And.Contain("\"quoted phrases\""));
    }

    [TestCase("the of and")]
    [TestCase("!!! ???")]
    [TestCase("")]
    public void Nothing_searchable_gets_the_same_kind_of_tip(string terms)
    {
        var reply = SearchReply.Render(terms, SearchResults.Nothing([]));

        Assert.That(reply.Text, Does.StartWith("There is nothing I can search for in").And.Contain("fewer words"));
    }

    [Test]
    public void What_was_typed_is_escaped_in_mrkdwn_and_cut_when_long()
    {
        var typed = "<!channel> " + new string('x', 500);

        var none = SearchReply.Render(typed, SearchResults.Nothing(["x"]));
        var found = SearchReply.Render(typed, new SearchResults([Hit("a", "x")], ["x"]));

        Assert.Multiple(() =>
        {
            Assert.That(none.Text, Does.Contain("&lt;!channel&gt;").And.Not.Contain("<!channel>"));
            Assert.That(none.Text.Length, Is.LessThan(400));
            Assert.That(Text(found.Blocks![0]).Length, Is.LessThanOrEqualTo(150), "a header holds at most 150 characters");
        });
    }

    private static string Text(JsonNode? block) =>
        block!["type"]!.GetValue<string>() == "context" ? block["elements"]![0]!["text"]!.GetValue<string>() : block["text"]!["text"]!.GetValue<string>();

    private static SearchHit Hit(string id, string excerpt) => new(
        FindingId: id,
        IncidentId: "inc-1",
        IncidentName: "#inc-db — Replica lag",
        AuthorId: "U0ALICE",
        CreatedAt: Noted,
        Excerpt: excerpt,
        Permalink: "https://example.slack.com/archives/C1/p1",
        Source: FindingSource.ThreadReply,
        Score: 1);
}
