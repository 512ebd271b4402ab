using System.Text.Json;
using SlackBot.Features.Findings;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// What happens when someone answers a question, whichever way they answered: the answer becomes a finding tied to
/// the question, its moment and its incident; if the person asked answered, the question is closed.
/// </summary>
public sealed class QuestionAnswers(FindingRecorder findings, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <returns>The finding, or null when the author had withdrawn this answer before (the question still closes).</returns>
    public async Task<Finding?> RecordAsync(AskedQuestion question, string authorId, string text, FindingSource source, string findingId,
        string? channelId, string? messageTs, CancellationToken cancellationToken)
    {
        var finding = await findings.RecordAsync(new FindingDraft(findingId, text, authorId, source)
        {
            IncidentId = question.IncidentId,
            MomentId = question.IsAboutMoment ? question.MomentId : null,
            QuestionId = question.Id,
            QuestionText = question.Text,
            // A facilitator's question is about no moment, so it says nothing about the answer's category.
            Category = question.IsAboutMoment ? question.Category : null,
            ChannelId = channelId ?? question.PostedChannel ?? question.ChannelId,
            MessageTs = messageTs,
            LinkTs = messageTs ?? question.PostedTs ?? (question.IsAboutMoment ? question.MomentTs : null),
            At = messageTs is null ? null : SlackTs.ToTime(messageTs),
        }, cancellationToken);

        if (authorId == question.UserId && question.Status != QuestionStatus.Answered)
        {
            await unitOfWork.CommitAsync(transaction =>
            {
                transaction.Save(question with { Status = QuestionStatus.Answered, AnsweredAt = time.GetUtcNow() });
                if (question.PostedTs is { Length: > 0 })
                {
                    var update = QuestionMessages.Answered(question, authorId);
                    transaction.Enqueue(new OutboxMessage
                    {
                        Id = $"{question.Id}:answered",
                        Kind = OutboxKind.UpdateMessage,
                        Channel = update.Channel,
                        Correlation = question.Correlation,
                        Payload = JsonSerializer.Serialize(update, SlackJson.Options),
                    });
                }
            }, cancellationToken);
        }

        return finding;
    }
}
