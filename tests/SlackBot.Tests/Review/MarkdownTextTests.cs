using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>People's words in the export read as typed and never become Markdown.</summary>
public sealed class MarkdownTextTests
{
    [TestCase("restarted orders-db.prod at 14:05", "restarted orders-db.prod at 14:05", TestName = "Ordinary words and names stay as they are")]
    [TestCase("# runbook", "\\# runbook")]
    [TestCase("- not a list", "\\- not a list")]
    [TestCase("1. not numbered", "1\\. not numbered")]
    [TestCase("> not a quote", "\\> not a quote")]
    [TestCase("see [the doc](https://x)", "see \\[the doc\\](https://x)")]
    [TestCase("a | b", "a \\| b")]
    [TestCase("*bold* and _it_ and `code`", "\\*bold\\* and \\_it\\_ and \\`code\\`")]
    [TestCase("<script>", "\\<script\\>")]
    [TestCase("two\nlines", "two lines")]
    public void Escape_keeps_the_words_and_disarms_the_syntax(string text, string expected) =>
        Assert.That(MarkdownText.Escape(text), Is.EqualTo(expected));

    [Test]
    public void A_quote_marks_every_line()
    {
        Assert.That(MarkdownText.Quote("first\n\n# second", "  "), Is.EqualTo("  > first\n  > \\# second"));
    }
}
