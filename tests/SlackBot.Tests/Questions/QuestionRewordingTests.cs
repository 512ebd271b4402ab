using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public class QuestionRewordingTests
{
    private static readonly object[] Rewordings =
    [
        new object[] { "why did you restart the database?", "What made it seem right to restart the database at the time?" },
        new object[] { "Why didn't you page the database team", "What made it hard to page the database team at the time?" },
        new object[] { "why did @bob skip the canary", "What made it seem right to skip the canary at the time?" },
        new object[] { "why do we deploy on Fridays", "What makes it seem right to deploy on Fridays?" },
        new object[] { "why did the deploy fail", "How did the deploy fail?" },
        new object[] { "why didn't the alert fire", "How did it come about that the alert did not fire?" },
        new object[] { "why was the alert ignored", "How did the alert come to be ignored?" },
        new object[] { "why were we paging the wrong team", "How did we come to be paging the wrong team?" },
        new object[] { "you failed to check the replica lag", "What made it hard to check the replica lag at the time?" },
        new object[] { "who should have noticed the disk filling up", "What made the disk filling up hard to see at the time?" },
        new object[] { "we could have rolled back sooner, right?", "What was in the way at the time, and what helped?" },
        new object[] { "what was the root cause of the outage", "What conditions came together to make the outage possible?" },
        new object[] { "was this human error", "What made that action make sense at the time, given what people could see?" },
        new object[] { "how did you just restart it", "How did you restart it?" },
    ];

    [TestCaseSource(nameof(Rewordings))]
    public void A_refused_question_becomes_a_how_or_what_question(string question, string expected)
    {
        Assert.That(LanguageCheck.CheckQuestion(question), Is.Not.Empty, "the example is one the check refuses");

        var suggestion = QuestionRewording.Suggest(question);

        Assert.Multiple(() =>
        {
            Assert.That(suggestion, Is.EqualTo(expected));
            Assert.That(LanguageCheck.CheckQuestion(suggestion), Is.Empty, "the suggestion passes the check");
        });
    }

    [TestCase("why")]
    [TestCase("why??")]
    [TestCase("why would anyone do that")]
    [TestCase("it was obviously a mistake, why did you not see it")]
    public void Whatever_it_is_given_the_suggestion_passes_the_check(string question)
    {
        var suggestion = QuestionRewording.Suggest(question);

        Assert.Multiple(() =>
        {
            Assert.That(suggestion, Is.Not.Empty);
            Assert.That(suggestion, Does.EndWith("?"));
            Assert.That(LanguageCheck.CheckQuestion(suggestion), Is.Empty, suggestion);
        });
    }

    [Test]
    public void A_question_that_passes_is_kept_as_it_is()
    {
        Assert.That(QuestionRewording.Suggest("What did the dashboard show when you first looked?"), Is.EqualTo("What did the dashboard show when you first looked?"));
    }
}
