namespace SlackBot.Tests.Findings.Search;

public class SearchExcerptTests
{
    [Test]
    public async Task The_words_that_matched_are_bold_in_their_own_form()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "I restarted the payments worker, then the worker drained."));

        var hit = (await bed.FindAsync("restarting worker")).Hits.Single();

        Assert.That(hit.Excerpt, Is.EqualTo("I *restarted* the payments *worker*, then the *worker* drained."));
    }

    [Test]
    public async Task A_phrase_highlights_only_where_it_occurs()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "The worker retried, then the retry worker crashed."));

        var hit = (await bed.FindAsync("\"retry worker\"")).Hits.Single();

        Assert.That(hit.Excerpt, Is.EqualTo("The worker retried, then the *retry* *worker* crashed."));
    }

    [Test]
    public async Task Slack_markup_in_a_finding_becomes_plain_escaped_words()
    {
        using var bed = SearchBed.With(AFinding.Public("f1",
            "<!channel> the *cache* & &lt;!here&gt; <@U0BOB|bob> said <https://wiki.example/x|the runbook> was wrong"));

        var hit = (await bed.FindAsync("runbook")).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Excerpt, Is.EqualTo("@channel the cache &amp; &lt;!here&gt; @bob said the *runbook* was wrong"));
            Assert.That(hit.Excerpt, Does.Not.Contain("<"));
        });
    }

    [Test]
    public async Task A_long_finding_shows_its_best_passages_in_reading_order()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Nothing of note happened in this part of the night.", 8));
        var text = $"At first the failover looked clean. {filler} Later the DNS cache kept the old address. {filler} The end.";
        using var bed = SearchBed.With(AFinding.Public("f1", text));

        var excerpt = (await bed.FindAsync("failover dns")).Hits.Single().Excerpt;

        Assert.Multiple(() =>
        {
            Assert.That(excerpt, Has.Length.LessThan(text.Length / 2));
            Assert.That(excerpt, Does.StartWith("At first the *failover*"));
            Assert.That(excerpt.IndexOf("*failover*", StringComparison.Ordinal), Is.LessThan(excerpt.IndexOf("*DNS*", StringComparison.Ordinal)));
            Assert.That(excerpt, Does.Contain(" … "));
            Assert.That(excerpt, Does.EndWith("…"));
        });
    }

    [Test]
    public async Task A_finding_found_through_its_incident_name_shows_its_opening_words()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "Nobody knew who owned the job &lt;b&gt;really&lt;/b&gt;.") with { IncidentName = "#inc-checkout" });

        var hit = (await bed.FindAsync("checkout")).Hits.Single();

        Assert.That(hit.Excerpt, Is.EqualTo("Nobody knew who owned the job &lt;b&gt;really&lt;/b&gt;."));
    }
}
