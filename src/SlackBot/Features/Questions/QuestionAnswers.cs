using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Telemetry;

namespace SlackBot.Features.Questions;

/// <summary>
/// What happens when someone replies to a question, whichever way they replied. The reply is read first
/// (<see cref="ReplyReading"/>): an answer becomes a finding tied to the question, its moment and its incident (and to the
/// answer a follow-up followed up on); a decline or a redirect is kept on the question for the review pack and is never
/// a finding. If the person asked replied, the question is closed; an answer that opens a new mystery may get one
/// follow-up question (<see cref="FollowUpRule"/>). The finding, the question's new state, the follow-up and their
/// messages commit together in one unit of work, and every id comes from the reply, so a replayed reply asks once.
/// </summary>
public sealed partial class QuestionAnswers(
    FindingRecorder findings,
    IQuestionStore questions,
    IncidentService incidents,
    QuestionSettings settings,
    QuestionTiming timing,
    UserDirectory people,
    IOptions<QuestionTimingOptions> timingOptions,
    IUnitOfWork unitOfWork,
    TimeProvider time,
    ILogger<QuestionAnswers> logger,
    LearningMetrics? metrics = null)
{
    private readonly LearningMetrics _metrics = metrics ?? LearningMetrics.Unregistered;

    /// <returns>The finding, or null when the reply was not an answer or its author had withdrawn it (the question still closes).</returns>
    public async Task<Finding?> RecordAsync(AskedQuestion question, string authorId, string text, FindingSource source, string findingId,
        string? channelId, string? messageTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var reading = ReplyReading.Read(text);
        if (!reading.IsAnswer)
        {
            await RecordNotAnAnswerAsync(question, authorId, reading, findingId, messageTs, cancellationToken);
            return null;
        }

        var finding = await findings.PrepareAsync(new FindingDraft(findingId, text, authorId, source)
        {
            IncidentId = question.IncidentId,
            MomentId = question.IsAboutMoment ? question.MomentId : null,
            QuestionId = question.Id,
            QuestionText = question.Text,
            ParentFindingId = question.ParentFindingId,
            // A facilitator's question is about no moment, so it says nothing about the answer's category.
            Category = question.IsAboutMoment ? question.Category : null,
            ChannelId = channelId ?? question.PostedChannel ?? question.ChannelId,
            MessageTs = messageTs,
            LinkTs = messageTs ?? question.PostedTs ?? (question.IsAboutMoment ? question.MomentTs : null),
            At = messageTs is null ? null : SlackTs.ToTime(messageTs),
        }, cancellationToken);

        var closes = authorId == question.UserId && question.Status != QuestionStatus.Answered;
        var followUp = await FollowUpAsync(question, authorId, text, reading, findingId, cancellationToken);
        var now = time.GetUtcNow();
        await unitOfWork.CommitAsync(transaction =>
        {
            if (finding is not null) transaction.Save(finding);
            if (closes) Close(transaction, question with { Status = QuestionStatus.Answered, AnsweredAt = now }, QuestionMessages.Answered(question, authorId), "answered");
            if (followUp is { Question: var next, PostNow: var postNow })
            {
                if (postNow) QuestionPosting.Record(transaction, next, momentPermalink: null, now);
                else transaction.Save(next);
            }
        }, cancellationToken);

        if (finding is not null) findings.Recorded(finding);
        if (closes) _metrics.QuestionAnswered();
        if (followUp is { Question: var asked }) LogFollowUp(asked.Id, question.Id, asked.TemplateId, asked.ReleaseAt);
        return finding;
    }

    private async Task RecordNotAnAnswerAsync(AskedQuestion question, string authorId, ReplyReading reading, string key, string? messageTs,
        CancellationToken cancellationToken)
    {
        var reply = new QuestionReply(key, authorId, reading.Kind, reading.Reason, reading.Pointer, reading.People,
            messageTs is null ? time.GetUtcNow() : SlackTs.ToTime(messageTs));
        var noted = question with { Replies = QuestionReply.With(question.Replies, reply) };
        // Only the person asked closes their question; anyone else's "no idea" is just noted.
        var closes = authorId == question.UserId && question.Status is QuestionStatus.Posted or QuestionStatus.Snoozed or QuestionStatus.Scheduled;
        await unitOfWork.CommitAsync(transaction =>
        {
            if (!closes)
            {
                transaction.Save(noted);
                return;
            }

            var status = reading.Kind == ReplyKind.Decline ? QuestionStatus.Declined : QuestionStatus.Redirected;
            var update = status == QuestionStatus.Declined ? QuestionMessages.Declined(question, reading) : QuestionMessages.Redirected(question, reading);
            Close(transaction, noted with { Status = status, AnsweredAt = time.GetUtcNow() }, update, status.ToString().ToLowerInvariant());
        }, cancellationToken);
        LogNotAnAnswer(question.Id, reading.Kind, reading.Reason);
        if (closes && reading.Kind == ReplyKind.Decline) _metrics.QuestionDeclined();
    }

    /// <summary>Saves the closed question and, if it was posted, swaps its buttons for <paramref name="update"/>.</summary>
    private static void Close(IStorageTransaction transaction, AskedQuestion closed, UpdateMessageRequest update, string outcome)
    {
        transaction.Save(closed);
        if (closed.PostedTs is not { Length: > 0 }) return;
        transaction.Enqueue(new OutboxMessage
        {
            Id = $"{closed.Id}:{outcome}",
            Kind = OutboxKind.UpdateMessage,
            Channel = update.Channel,
            Correlation = closed.Correlation,
            Payload = JsonSerializer.Serialize(update, SlackJson.Options),
        });
    }

    private sealed record PlannedFollowUp(AskedQuestion Question, bool PostNow);

    /// <summary>
    /// The follow-up on this answer, if the rule asks for one: released by the same timing rules as the channel's other
    /// questions (after resolution and the cool-down unless the channel asks live; in the person's working hours), and
    /// posted with the answer when it is due now.
    /// </summary>
    private async Task<PlannedFollowUp?> FollowUpAsync(AskedQuestion question, string authorId, string text, ReplyReading reading, string answerId,
        CancellationToken cancellationToken)
    {
        if (authorId != question.UserId || question.FollowUpDepth >= FollowUpRule.MaxDepth) return null;
        var id = AskedQuestion.IdForFollowUp(question.Id);
        if (await questions.FindAsync(id, cancellationToken) is not null) return null;
        var channel = await settings.ForChannelAsync(question.ChannelId, cancellationToken);
        if (FollowUpRule.Decide(question, authorId, text, reading, channel.FollowUps) is not { } opening) return null;
        if (FollowUpComposer.Compose(opening, question.UserId, question.Category) is not { } composed) return null;

        var now = time.GetUtcNow();
        var incident = await incidents.FindAsync(question.IncidentId, cancellationToken);
        var clock = (await people.GetAsync(question.UserId, cancellationToken)).Clock;
        var releaseAt = channel.Timing == QuestionTimingMode.Live
            ? timing.LiveReleaseTime(null, clock)
            : incident?.ResolvedAt is { } resolvedAt && incident.Status != IncidentStatus.Active ? timing.ReleaseTime(resolvedAt, clock) : now;
        var followUp = new AskedQuestion
        {
            Id = id,
            MomentId = question.MomentId,
            IncidentId = question.IncidentId,
            ChannelId = question.ChannelId,
            MomentTs = question.MomentTs,
            ThreadRootTs = question.ThreadRootTs,
            UserId = question.UserId,
            TemplateId = composed.TemplateId,
            Category = question.Category,
            Text = composed.Text,
            Delivery = question.Delivery,
            Status = QuestionStatus.Scheduled,
            CreatedAt = now,
            ReleaseAt = releaseAt,
            ParentQuestionId = question.Id,
            ParentFindingId = answerId,
            FollowUpDepth = question.FollowUpDepth + 1,
        };
        var postNow = releaseAt <= now &&
                      QuestionReleaseGate.Check(followUp, incident, channel.Timing, timingOptions.Value.CooldownAfterResolution) == ReleaseDecision.Post;
        return new PlannedFollowUp(followUp, postNow);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up {QuestionId} on the answer to {ParentQuestionId} ({TemplateId}), due {ReleaseAt:o}")]
    private partial void LogFollowUp(string questionId, string parentQuestionId, string templateId, DateTimeOffset releaseAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "A reply to {QuestionId} was a {Kind} ({Reason}), not an answer: kept for the review, not a finding")]
    private partial void LogNotAnAnswer(string questionId, ReplyKind kind, DeclineReason? reason);
}
