using SlackBot.Features.Questions;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Home;

/// <summary>
/// A question's message was posted or updated (answered, snoozed, declined): every such step goes through the outbox
/// with the question's correlation, so this one hook refreshes the Home of the person asked.
/// </summary>
public sealed class HomeQuestionObserver(IQuestionStore questions, HomeRefresh refresh) : IOutboxObserver
{
    public async Task OnCompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Correlation?.StartsWith(AskedQuestion.CorrelationPrefix, StringComparison.Ordinal) != true) return;
        if (await questions.FindAsync(message.Correlation[AskedQuestion.CorrelationPrefix.Length..], cancellationToken) is { } question)
            refresh.Request(question.UserId);
    }
}
