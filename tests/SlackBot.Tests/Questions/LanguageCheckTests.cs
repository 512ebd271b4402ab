using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed class LanguageCheckTests
{
    private static IEnumerable<TestCaseData> QuestionRejects() =>
        QuestionFixtures.Rows("Language/question-rejects.txt")
            .Select(row => new TestCaseData(row.Text, row.Rule, row.Phrase).SetArgDisplayNames(row.Text));

    private static IEnumerable<TestCaseData> QuestionAccepts() =>
        QuestionFixtures.Lines("Language/question-accepts.txt").Select(text => new TestCaseData(text).SetArgDisplayNames(text));

    private static IEnumerable<TestCaseData> BlameFlags() =>
        QuestionFixtures.Rows("Language/blame-flags.txt")
            .Select(row => new TestCaseData(row.Text, row.Rule, row.Phrase).SetArgDisplayNames(row.Text));

    private static IEnumerable<TestCaseData> BlamePasses() =>
        QuestionFixtures.Lines("Language/blame-passes.txt").Select(text => new TestCaseData(text).SetArgDisplayNames(text));

    [TestCaseSource(nameof(QuestionRejects))]
    public void CheckQuestion_refuses_blaming_phrasing(string text, string rule, string phrase)
    {
        var issues = LanguageCheck.CheckQuestion(text);

        Assert.That(issues, Has.Some.Matches<LanguageIssue>(issue => issue.Rule == rule && issue.Phrase == phrase),
            () => "found: " + string.Join("; ", issues.Select(issue => $"{issue.Rule}={issue.Phrase}")));
    }

    [TestCaseSource(nameof(QuestionAccepts))]
    public void CheckQuestion_lets_curious_questions_through(string text)
    {
        Assert.That(LanguageCheck.CheckQuestion(text), Is.Empty);
    }

    [TestCaseSource(nameof(BlameFlags))]
    public void FlagBlame_marks_blaming_answers(string text, string rule, string phrase)
    {
        var issues = LanguageCheck.FlagBlame(text);

        Assert.That(issues, Has.Some.Matches<LanguageIssue>(issue => issue.Rule == rule && issue.Phrase == phrase),
            () => "found: " + string.Join("; ", issues.Select(issue => $"{issue.Rule}={issue.Phrase}")));
    }

    [TestCaseSource(nameof(BlamePasses))]
    public void FlagBlame_leaves_plain_descriptions_alone(string text)
    {
        Assert.That(LanguageCheck.FlagBlame(text), Is.Empty);
    }

    [Test]
    public void Every_issue_explains_itself()
    {
        var issues = LanguageCheck.CheckQuestion("Why did the root cause obviously fail to show, and what should have happened?");

        Assert.That(issues.Select(issue => issue.Rule),
            Is.EquivalentTo(new[] { "why-question", "root-cause", "normative", "counterfactual", "counterfactual" }));
        Assert.That(issues, Has.All.Matches<LanguageIssue>(issue => issue.Explanation.Length > 20));
    }

    [Test]
    public void An_overlapping_longer_phrase_is_reported_once()
    {
        var issues = LanguageCheck.FlagBlame("They should have known.");

        Assert.That(issues, Has.Count.EqualTo(1));
        Assert.That(issues[0], Is.EqualTo(new LanguageIssue("blame", "should have known", issues[0].Explanation)));
    }

    [Test]
    public void Masking_lets_the_persons_words_through_but_not_the_text_around_them()
    {
        const string PersonsWords = "“we should have just rolled back”";

        Assert.Multiple(() =>
        {
            Assert.That(LanguageCheck.CheckQuestion($"You said {PersonsWords}. What happened next?", PersonsWords), Is.Empty);
            Assert.That(LanguageCheck.CheckQuestion($"You said {PersonsWords}. What happened next?"), Is.Not.Empty);
            Assert.That(LanguageCheck.CheckQuestion($"You said {PersonsWords}. Why did you wait?", PersonsWords)
                .Select(issue => issue.Rule), Is.EqualTo(new[] { "why-question" }));
        });
    }

    [Test]
    public void Masking_does_not_join_words_across_the_gap()
    {
        // A template that wraps the cue in a counterfactual is still caught: the blank keeps the words apart
        // only by whitespace, and whitespace runs still match.
        var issues = LanguageCheck.CheckQuestion("What could {cue} have changed?".Replace("{cue}", "“x”", StringComparison.Ordinal), "“x”");

        Assert.That(issues.Select(issue => issue.Rule), Is.EqualTo(new[] { "counterfactual" }));
    }
}
