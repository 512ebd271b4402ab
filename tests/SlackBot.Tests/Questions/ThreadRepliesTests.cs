using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>The one rule, shared by live capture and the import, for which question a reply in its thread answers.</summary>
public class ThreadRepliesTests
{
    private static readonly (string Id, string Addressee)[] Asked = [("q1", "U0ALICE"), ("q2", "U0BOB")];

    [TestCase("U0ALICE", "ok", "q1", TestName = "The person asked answers their own question, however short")]
    [TestCase("U0BOB", "yes", "q2", TestName = "Each person answers the latest question asked of them")]
    [TestCase("U0CAROL", "I saw the same thing from the EU side, the queue drained on its own", "q2", TestName = "A bystander's substantial reply adds to the latest question")]
    [TestCase("U0CAROL", "+1 same here", null, TestName = "A bystander's chatter answers nothing")]
    public void A_reply_answers_the_right_question(string author, string text, string? expected) =>
        Assert.That(ThreadReplies.AnsweredBy(Asked.Select(question => new Question(question.Id, question.Addressee)).ToList(),
            question => question.Addressee, author, text)?.Id, Is.EqualTo(expected));

    [Test]
    public void With_nothing_asked_before_the_reply_there_is_nothing_to_answer() =>
        Assert.That(ThreadReplies.AnsweredBy(new List<Question>(), question => question.Addressee, "U0ALICE", "a long enough reply to count for anyone"), Is.Null);

    private sealed record Question(string Id, string Addressee);
}
