using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// Posts questions whose time has come: the question's new state and its outbox row are written in one transaction,
/// so a crash can neither lose the question nor post it twice. Reads only the due questions (an index), after the
/// planning job, so that a question planned for now goes out in the same pass. The channel's settings decide at the
/// last moment: a question waits while its incident is active unless the channel asks live
/// (<see cref="QuestionReleaseGate"/>), and goes where the channel's delivery says if it was never posted.
/// </summary>
public sealed partial class QuestionReleaseJob(
    IQuestionStore questions,
    IMomentStore moments,
    IncidentService incidents,
    QuestionSettings settings,
    QuestionTiming timing,
    UserDirectory people,
    IOptions<QuestionTimingOptions> timingOptions,
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
        var incidentsSeen = new Dictionary<string, Incident?>(StringComparer.Ordinal);
        var channelsSeen = new Dictionary<string, EffectiveQuestionSettings>(StringComparer.Ordinal);
        foreach (var due in await questions.DueAsync(now, cancellationToken))
        {
            var question = due;
            // A facilitator's question is about no moment; the bot's own goes when its moment went.
            if (question.IsAboutMoment && await moments.FindAsync(question.MomentId, cancellationToken) is null)
            {
                await questions.SaveAsync(question with { Status = QuestionStatus.Cancelled }, cancellationToken);
                continue;
            }

            if (!incidentsSeen.TryGetValue(question.IncidentId, out var incident))
                incidentsSeen[question.IncidentId] = incident = await incidents.FindAsync(question.IncidentId, cancellationToken);
            if (!channelsSeen.TryGetValue(question.ChannelId, out var channel))
                channelsSeen[question.ChannelId] = channel = await settings.ForChannelAsync(question.ChannelId, cancellationToken);

            switch (QuestionReleaseGate.Check(question, incident, channel.Timing, timingOptions.Value.CooldownAfterResolution))
            {
                case ReleaseDecision.WaitForResolution:
                    continue;
                case ReleaseDecision.Retime:
                    var releaseAt = timing.ReleaseTime(incident!.ResolvedAt!.Value, (await people.GetAsync(question.UserId, cancellationToken)).Clock);
                    if (releaseAt > now)
                    {
                        await questions.SaveAsync(question with { ReleaseAt = releaseAt }, cancellationToken);
                        LogRetimed(question.Id, releaseAt);
                        continue;
                    }

                    break;
            }

            // Never posted yet: the channel's delivery now decides, in case it changed since planning.
            if (question.Posts == 0 && question.Delivery != channel.Delivery) question = question with { Delivery = channel.Delivery };

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} was due before the incident's latest resolution and cool-down; it goes out at {ReleaseAt:o}")]
    private partial void LogRetimed(string questionId, DateTimeOffset releaseAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Asking question {QuestionId} of {UserId} (post {Post})")]
    private partial void LogReleased(string questionId, string userId, int post);
}
