using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Slack.Text;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// A facilitator's own question (<c>/learn ask</c>), asked now: an <see cref="AskedQuestion"/> about no moment, posted
/// the way the release job posts the bot's questions (<see cref="QuestionPosting"/>), so that thread replies, the
/// buttons and the answer modal work on it alike. Of one person: a thread of its own in the incident channel (or a
/// direct message, with <c>Questions:Delivery=DirectMessage</c>); of nobody in particular: in the channel, for anyone.
/// </summary>
public sealed class FacilitatorQuestions(IQuestionStore questions, IUnitOfWork unitOfWork, IOptions<QuestionDeliveryOptions> delivery)
{
    /// <param name="text">Safe mrkdwn (escaped, with no mentions of its own): it is posted as it is.</param>
    /// <param name="envelopeId">The command's envelope: a replayed command finds the question it already asked.</param>
    /// <returns>The question, and whether this call asked it (false for a replay).</returns>
    public async Task<(AskedQuestion Question, bool Asked)> AskAsync(Incident incident, string askedBy, string? userId, string text, string envelopeId,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var id = AskedQuestion.IdForAsk(envelopeId);
        if (await questions.FindAsync(id, cancellationToken) is { } existing) return (existing, false);

        // Open to anyone means in the channel, whatever the delivery setting: there is nobody to message directly.
        var way = userId is null ? QuestionDelivery.Thread : delivery.Value.Delivery;
        var question = new AskedQuestion
        {
            Id = id,
            IncidentId = incident.Id,
            ChannelId = incident.ChannelId,
            UserId = userId ?? "",
            AskedBy = askedBy,
            Text = userId is not null && way == QuestionDelivery.Thread ? $"{Mrkdwn.Mention(userId)} {text}" : text,
            Delivery = way,
            Status = QuestionStatus.Scheduled,
            CreatedAt = at,
            ReleaseAt = at,
        };
        var posted = question;
        await unitOfWork.CommitAsync(transaction => posted = QuestionPosting.Record(transaction, question, momentPermalink: null, at), cancellationToken);
        return (posted, true);
    }
}
