using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Questions;

/// <summary>
/// Records where a question landed in Slack once the outbox has posted it: replies and button presses refer to that
/// message. A thread question that cannot be posted in its channel any more (archived, the bot removed) is sent to
/// the person directly instead; one that cannot be delivered at all is cancelled rather than left "posted".
/// </summary>
public sealed class QuestionPostedObserver(QuestionStore questions, TimeProvider time) : IOutboxObserver
{
    private static readonly HashSet<string> ChannelGone = new(StringComparer.Ordinal) { "is_archived", "not_in_channel", "channel_not_found" };

    public void OnCompleted(OutboxMessage message)
    {
        if (message.Kind != OutboxKind.PostMessage || message.Correlation?.StartsWith(AskedQuestion.CorrelationPrefix, StringComparison.Ordinal) != true) return;
        if (questions.Find(message.Correlation[AskedQuestion.CorrelationPrefix.Length..]) is not { } question) return;
        // Only the latest post counts: an earlier post finishing late must not move the question back.
        if (message.Id != question.OutboxIdForPost(question.Posts)) return;

        if (message.Status == OutboxStatus.Sent)
        {
            questions.Save(question with { PostedTs = message.ResultTs, PostedChannel = message.ResultChannel });
            return;
        }

        questions.Save(question.Delivery == QuestionDelivery.Thread && message.LastError is { } error && ChannelGone.Contains(error)
            ? question with { Delivery = QuestionDelivery.DirectMessage, Status = QuestionStatus.Scheduled, ReleaseAt = time.GetUtcNow() }
            : question with { Status = QuestionStatus.Cancelled });
    }
}
