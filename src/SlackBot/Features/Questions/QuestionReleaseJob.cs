using Microsoft.Extensions.Logging;
using SlackBot.Features.Moments;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// Posts questions whose time has come: the question's new state and its outbox row are written in one transaction,
/// so a crash can neither lose the question nor post it twice. Reads only the due questions (an index), after the
/// planning job, so that a question planned for now goes out in the same pass.
/// </summary>
public sealed partial class QuestionReleaseJob(
    IQuestionStore questions,
    IMomentStore moments,
    IUnitOfWork unitOfWork,
    ISlackApi slack,
    TimeProvider time,
    ILogger<QuestionReleaseJob> logger) : IScheduledJob
{
    public const string JobName = "questions.release";

    public JobSchedule Schedule { get; } = new(JobName, JobCadence.EveryTick) { RunsAfter = [QuestionPlanningJob.JobName] };

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var question in await questions.DueAsync(now, cancellationToken))
        {
            // A facilitator's question is about no moment; the bot's own goes when its moment went.
            if (question.IsAboutMoment && await moments.FindAsync(question.MomentId, cancellationToken) is null)
            {
                await questions.SaveAsync(question with { Status = QuestionStatus.Cancelled }, cancellationToken);
                continue;
            }

            var permalink = question.Delivery == QuestionDelivery.DirectMessage && question.IsAboutMoment ? await PermalinkAsync(question, cancellationToken) : null;
            await unitOfWork.CommitAsync(transaction => QuestionPosting.Record(transaction, question, permalink, now), cancellationToken);
            LogReleased(question.Id, question.UserId, question.Posts + 1);
        }
    }

    private async Task<string?> PermalinkAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.GetPermalinkAsync(question.ChannelId, question.MomentTs, cancellationToken);
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Asking question {QuestionId} of {UserId} (post {Post})")]
    private partial void LogReleased(string questionId, string userId, int post);
}
