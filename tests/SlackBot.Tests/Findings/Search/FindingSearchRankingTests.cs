using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Tests.Findings.Search;

public class FindingSearchRankingTests
{
    [Test]
    public async Task A_finding_about_the_terms_ranks_above_one_that_mentions_them_in_passing()
    {
        using var bed = SearchBed.With(
            AFinding.Public("passing", "The dashboards were slow all morning, the on-call rotation had just changed, " +
                                       "the release train was late, and somebody mentioned the worker queue in passing."),
            AFinding.Public("specific", "I restarted the worker queue by hand: the worker queue stops draining when Redis fails over."),
            AFinding.Public("unrelated", "We paged the database team through the old escalation policy."));

        var ids = await bed.IdsAsync("worker queue");

        Assert.That(ids, Is.EqualTo(new[] { "specific", "passing" }));
    }

    [Test]
    public async Task Findings_with_all_the_words_rank_above_those_with_one_repeated()
    {
        using var bed = SearchBed.With(
            AFinding.Public("one-word", "Failover, failover, failover: that was the whole night."),
            AFinding.Public("both", "The failover runbook was out of date."));

        var ids = await bed.IdsAsync("failover runbook");

        Assert.That(ids, Is.EqualTo(new[] { "both", "one-word" }));
    }

    [TestCase("restarting", "I restarted the payments worker twice.")]
    [TestCase("restarts", "I restarted the payments worker twice.")]
    [TestCase("deployed", "We roll back deploys from the pipeline page.")]
    [TestCase("caches", "The cache was warm but stale.")]
    public async Task Words_match_their_other_forms(string searched, string text)
    {
        using var bed = SearchBed.With(AFinding.Public("f1", text));

        Assert.That(await bed.IdsAsync(searched), Is.EqualTo(new[] { "f1" }));
    }

    [Test]
    public async Task Searching_is_case_insensitive_and_ignores_punctuation()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "Kafka's consumer lag hid the problem."));

        Assert.That(await bed.IdsAsync("KAFKA, (consumer)!"), Is.EqualTo(new[] { "f1" }));
    }

    [Test]
    public async Task A_quoted_phrase_needs_its_words_in_that_order()
    {
        using var bed = SearchBed.With(
            AFinding.Public("in-order", "The retry worker ran out of memory."),
            AFinding.Public("apart", "The worker did not retry."));

        Assert.Multiple(async () =>
        {
            Assert.That(await bed.IdsAsync("\"retry worker\""), Is.EqualTo(new[] { "in-order" }));
            Assert.That(await bed.IdsAsync("retry worker"), Is.EquivalentTo(new[] { "in-order", "apart" }));
        });
    }

    [Test]
    public async Task A_phrase_with_stop_words_still_matches_the_words_around_them()
    {
        using var bed = SearchBed.With(
            AFinding.Public("match", "Then I restarted the worker and it drained."),
            AFinding.Public("other", "The worker was restarted."));

        Assert.That(await bed.IdsAsync("\u201Crestarted the worker\u201D"), Is.EqualTo(new[] { "match" }));
    }

    [Test]
    public async Task The_incident_name_counts_but_less_than_the_finding_itself()
    {
        using var bed = SearchBed.With(
            AFinding.Public("named", "Nobody knew who owned the job.") with { IncidentName = "#inc-2026-11-checkout-latency" },
            AFinding.Public("said", "Checkout latency doubled before anyone noticed.") with { IncidentName = "#inc-2026-10-dns" });

        Assert.That(await bed.IdsAsync("checkout"), Is.EqualTo(new[] { "said", "named" }));
    }

    [Test]
    public async Task A_hit_carries_what_the_answer_shows()
    {
        var finding = AFinding.Public("msg:C0INC1:1730800000.000100", "I keep a query in a gist for this.") with
        {
            Source = FindingSource.Note,
            CreatedAt = new DateTimeOffset(2026, 11, 2, 14, 30, 0, TimeSpan.Zero),
        };
        using var bed = SearchBed.With(finding);

        var hit = (await bed.FindAsync("gist")).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.FindingId, Is.EqualTo(finding.Id));
            Assert.That(hit.IncidentId, Is.EqualTo(finding.IncidentId));
            Assert.That(hit.IncidentName, Is.EqualTo(finding.IncidentName));
            Assert.That(hit.AuthorId, Is.EqualTo("U0ALICE"));
            Assert.That(hit.CreatedAt, Is.EqualTo(finding.CreatedAt));
            Assert.That(hit.Permalink, Is.EqualTo(finding.Permalink));
            Assert.That(hit.Source, Is.EqualTo(FindingSource.Note));
            Assert.That(hit.Score, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task At_most_the_hits_asked_for_come_back_best_first()
    {
        var findings = Enumerable.Range(1, 30).Select(i => AFinding.Public($"f{i:D2}", "The cache " + string.Join(' ', Enumerable.Repeat("and more words", i)))).ToArray();
        using var bed = SearchBed.With(findings);

        var hits = (await bed.FindAsync("cache", maxHits: 5)).Hits;

        Assert.Multiple(() =>
        {
            Assert.That(hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "f01", "f02", "f03", "f04", "f05" }));
            Assert.That(hits.Select(hit => hit.Score), Is.Ordered.Descending);
        });
    }

    [TestCase(0, 1)]
    [TestCase(-4, 1)]
    [TestCase(500, SearchQuery.MostHits)]
    public async Task The_number_of_hits_is_kept_sensible(int asked, int expected)
    {
        var findings = Enumerable.Range(1, 60).Select(i => AFinding.Public($"f{i}", "the cache again")).ToArray();
        using var bed = SearchBed.With(findings);

        Assert.That((await bed.FindAsync("cache", maxHits: asked)).Hits, Has.Count.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("the and of")]
    [TestCase("?!* ( ) :")]
    public async Task Text_with_nothing_searchable_says_so_and_finds_nothing(string terms)
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "the and of ?!* ( ) : everything"));

        var results = await bed.FindAsync(terms);

        Assert.Multiple(() =>
        {
            Assert.That(results.Hits, Is.Empty);
            Assert.That(results.HadSomethingToSearch, Is.False);
        });
    }

    [Test]
    public async Task The_words_searched_for_leave_out_those_too_common_to_search()
    {
        using var bed = SearchBed.With();

        var results = await bed.FindAsync("the failover \"of the runbook\" and");

        Assert.That(results.SearchedWords, Is.EqualTo(new[] { "failover", "\"of the runbook\"" }));
    }
}
