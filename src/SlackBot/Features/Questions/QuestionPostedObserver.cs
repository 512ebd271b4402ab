using SlackBot.Slack.Outbound;
using SlackBot.Telemetry;

namespace SlackBot.Features.Questions;

/// <summary>
/// Records where a question landed in Slack once the outbox has posted it: replies and button presses refer to that
/// message. A thread question that cannot be posted in its channel any more (archived, the bot removed) is sent to
/// the person directly instead; one that cannot be delivered at all is cancelled rather than left "posted".
/// </summary>
public sealed class QuestionPostedObserver(IQuestionStore questions, TimeProvider time, LearningMetrics? metrics = null) : IOutboxObserver
{
    private readonly LearningMetrics _metrics = metrics ?? LearningMetrics.Unregistered;

    private static readonly HashSet<string> ChannelGone = new(StringComparer.Ordinal) { "is_archived", "not_in_channel", "channel_not_found" };

    public async Task OnCompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != OutboxKind.PostMessage || message.Correlation?.StartsWith(AskedQuestion.CorrelationPrefix, StringComparison.Ordinal) != true) return;
        if (await questions.FindAsync(message.Correlation[AskedQuestion.CorrelationPrefix.Length..], cancellationToken) is not { } question) return;
        // Only the latest post counts: an earlier post finishing late must not move the question back.
        if (message.Id != question.OutboxIdForPost(question.Posts)) return;

        if (message.Status == OutboxStatus.Sent)
        {
            await questions.SaveAsync(question with { PostedTs = message.ResultTs, PostedChannel = message.ResultChannel }, cancellationToken);
            _metrics.QuestionAsked();
            return;
        }

        // A question open to anyone has nobody to be sent to directly.
        await questions.SaveAsync(question.Delivery == QuestionDelivery.Thread && question.UserId.Length > 0 && message.LastError is { } error && ChannelGone.Contains(error)
            ? question with { Delivery = QuestionDelivery.DirectMessage, Status = QuestionStatus.Scheduled, ReleaseAt = time.GetUtcNow() }
            : question with { Status = QuestionStatus.Cancelled }, cancellationToken);
    }
}
