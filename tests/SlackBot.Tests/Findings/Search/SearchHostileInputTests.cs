using CsCheck;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Tests.Findings.Search;

/// <summary>Whatever a person types after <c>/learn search</c>, the search answers and the answer is safe to post.</summary>
public class SearchHostileInputTests
{
    private static readonly string[] LuceneSyntax =
    [
        "AND", "OR", "NOT", "&&", "||", "!", "(", ")", "[", "]", "{", "}", "TO", "*", "?", "~", "~2", "^", "^3", ":", "\\", "/",
        "\"", "'", "-", "+", "text:", "id:*", "/regex.*/", "field:[a TO z]", "\u201C", "\u201D", "<!channel>", "&lt;", "\0", "\uD800", "\uDFFF",
        "restart", "worker", "cache", "the", "payroll",
    ];

    private static readonly Gen<string> QueryText = Gen.Frequency(
        (3, Gen.String),
        (3, Gen.OneOf(LuceneSyntax).Array[0, 30].Select(parts => string.Join(' ', parts))),
        (2, Gen.OneOf(LuceneSyntax).Array[0, 30].Select(string.Concat)),
        (1, Gen.Char.Array[2_000, 20_000].Select(chars => new string(chars))),
        (1, Gen.OneOf(LuceneSyntax).Array[500, 3_000].Select(parts => string.Join(' ', parts))));

    private static SearchBed _bed = null!;

    [OneTimeSetUp]
    public static void Index() => _bed = SearchBed.With(
        AFinding.Public("f1", "I restarted the worker after the cache filled up (again) AND paged nobody."),
        AFinding.Public("f2", "<!channel> text:id:* [a TO z] \"quoted\" ~fuzzy^2 && || \\ escaped"),
        AFinding.Private("f3", "The payroll export leaked.", channelId: "G0PAYROLL"));

    [OneTimeTearDown]
    public static void Close() => _bed.Dispose();

    [Test]
    public void No_query_text_makes_the_search_throw_or_post_unsafe_text() =>
        Check.SampleAsync(QueryText, async text =>
        {
            var results = await _bed.FindAsync(text, SearchVisibility.PublicOnly);
            Assert.That(results.Hits, Has.Count.LessThanOrEqualTo(SearchQuery.DefaultMaxHits));
            Assert.That(results.Hits.Select(hit => hit.FindingId), Has.None.EqualTo("f3"));
            foreach (var hit in results.Hits) Assert.That(hit.Excerpt, Does.Not.Contain("<").And.Not.Contain(">"));
        }, iter: 300, threads: 1).GetAwaiter().GetResult();

    [TestCase("AND (")]
    [TestCase("restart AND (")]
    [TestCase("text:\"unclosed")]
    [TestCase("field:[a TO")]
    [TestCase("*")]
    [TestCase("?ache")]
    [TestCase("cache~")]
    [TestCase("\\")]
    [TestCase("\"")]
    [TestCase("\"\"\"\"")]
    public async Task Query_syntax_is_just_text(string text)
    {
        var results = await _bed.FindAsync(text);

        Assert.That(results.Hits.Select(hit => hit.FindingId), Is.SubsetOf(new[] { "f1", "f2" }));
    }

    [Test]
    public async Task Words_that_look_like_lucene_operators_are_searched_for_as_words()
    {
        var results = await _bed.FindAsync("restart AND (cache)");

        Assert.That(results.Hits.Select(hit => hit.FindingId).First(), Is.EqualTo("f1"));
    }

    [Test]
    public void The_text_of_findings_never_makes_an_excerpt_unsafe() =>
        Check.SampleAsync(Gen.OneOf(LuceneSyntax).Array[1, 40].Select(parts => string.Join(' ', parts)), async text =>
        {
            using var bed = SearchBed.With(AFinding.Public("f", text + " marker"));
            var hit = (await bed.FindAsync("marker")).Hits.Single();
            Assert.That(hit.Excerpt, Does.Not.Contain("<").And.Not.Contain(">").And.Contain("*marker*"));
        }, iter: 100, threads: 1).GetAwaiter().GetResult();
}
