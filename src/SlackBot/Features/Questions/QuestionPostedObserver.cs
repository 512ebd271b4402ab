using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Questions;

/// <summary>Records where a question landed in Slack once the outbox has posted it: replies and button presses refer to that message.</summary>
public sealed class QuestionPostedObserver(QuestionStore questions) : IOutboxObserver
{
    public void OnCompleted(OutboxMessage message)
    {
        if (message.Kind != OutboxKind.PostMessage || message.Correlation?.StartsWith(AskedQuestion.CorrelationPrefix, StringComparison.Ordinal) != true) return;
        if (questions.Find(message.Correlation[AskedQuestion.CorrelationPrefix.Length..]) is not { } question) return;
        if (message.Status != OutboxStatus.Sent) return;
        // Only the latest post counts: an earlier post finishing late must not move the question back.
        if (message.Id != question.OutboxIdForPost(question.Posts)) return;
        questions.Save(question with { PostedTs = message.ResultTs, PostedChannel = message.ResultChannel });
    }
}
