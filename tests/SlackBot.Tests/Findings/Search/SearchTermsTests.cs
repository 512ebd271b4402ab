using SlackBot.Features.Findings.Search;

namespace SlackBot.Tests.Findings.Search;

public class SearchTermsTests
{
    [Test]
    public void Words_and_quoted_phrases_are_told_apart() =>
        Assert.That(SearchTerms.Parse("  cache \"retry worker\"  dns "), Is.EqualTo(new[]
        {
            new SearchTerm("cache", false), new SearchTerm("retry worker", true), new SearchTerm("dns", false),
        }));

    [Test]
    public void Curly_quotes_from_slack_clients_make_phrases_too() =>
        Assert.That(SearchTerms.Parse("\u201Cretry worker\u201D"), Is.EqualTo(new[] { new SearchTerm("retry worker", true) }));

    [Test]
    public void An_unclosed_quote_runs_to_the_end() =>
        Assert.That(SearchTerms.Parse("cache \"retry worker"), Is.EqualTo(new[] { new SearchTerm("cache", false), new SearchTerm("retry worker", true) }));

    [Test]
    public void A_quote_inside_a_word_splits_it() =>
        Assert.That(SearchTerms.Parse("a\"b c\"d"), Is.EqualTo(new[] { new SearchTerm("a", false), new SearchTerm("b c", true), new SearchTerm("d", false) }));

    [Test]
    public void Very_long_input_is_cut() =>
        Assert.That(SearchTerms.Parse(string.Join(' ', Enumerable.Repeat("word", 1_000))), Has.Count.EqualTo(SearchTerms.MaxTerms));

    [Test]
    public void Only_the_start_of_a_very_long_word_is_read() =>
        Assert.That(SearchTerms.Parse(new string('x', 10_000)).Single().Text, Has.Length.EqualTo(SearchTerms.MaxLength));

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t\n ")]
    [TestCase("\"\"")]
    public void Nothing_to_search_gives_no_terms(string? text) => Assert.That(SearchTerms.Parse(text), Is.Empty);
}
