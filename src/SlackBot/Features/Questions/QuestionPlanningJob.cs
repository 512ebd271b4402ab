using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// After an incident is resolved and the cool-down has passed, plans its questions: the best moments, a few per
/// person, each released in the person's working hours. Moments that reach the incident after that (a message Slack
/// delivered late, a mark added afterwards) put it back in the queue and are planned in a later pass, within the same
/// caps, and no moment is asked about twice. Reads only the incidents that wait for planning (an index), and runs
/// after the quiet-incident job so that an incident it resolves is planned in the same pass.
/// </summary>
public sealed partial class QuestionPlanningJob(
    IncidentService incidents,
    IMomentStore moments,
    IQuestionStore questions,
    QuestionPlanner planner,
    UserDirectory people,
    ReadableCues cues,
    QuestionSettings settings,
    IUnitOfWork unitOfWork,
    IOptions<QuestionTimingOptions> timing,
    IOptions<QuestionDeliveryOptions> delivery,
    TimeProvider time,
    ILogger<QuestionPlanningJob> logger) : IScheduledJob
{
    public const string JobName = "questions.plan";

    public JobSchedule Schedule { get; } = new(JobName, JobCadence.EveryTick) { RunsAfter = [QuietIncidentsJob.JobName] };

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Imported history never waits for planning: people were not asked then, and are not asked about it now.
        foreach (var incident in await incidents.AwaitingQuestionsAsync(now - timing.Value.CooldownAfterResolution, cancellationToken))
        {
            var plan = await questions.PlanForAsync(incident.Id, cancellationToken);
            var fresh = QuestionPlan.NotYetWeighed(plan, await moments.ForIncidentAsync(incident.Id, cancellationToken));
            if (plan is not null && fresh.Count == 0)
            {
                // Nothing new since the last pass (or planned by an earlier version, which kept only question_plans).
                await incidents.SaveAsync(IncidentLifecycle.QuestionsPlanned(incident, now), cancellationToken);
                continue;
            }

            await PlanAsync(incident, plan, fresh, now, cancellationToken);
        }
    }

    /// <summary>One pass: weighs the moments no pass has weighed, against what was already asked (which counts against the caps).</summary>
    private async Task PlanAsync(Incident incident, QuestionPlan? plan, IReadOnlyList<Moment> fresh, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clocks = new Dictionary<string, UserClock>(StringComparer.Ordinal);
        foreach (var userId in fresh.Select(moment => moment.UserId).Distinct())
            clocks[userId] = (await people.GetAsync(userId, cancellationToken)).Clock;
        var named = await cues.NameMentionsAsync(fresh, cancellationToken);
        var channel = await settings.ForChannelAsync(incident.ChannelId, cancellationToken);

        var planned = planner.PlanAfterResolution(incident, named, await questions.ForIncidentAsync(incident.Id, cancellationToken),
            userId => clocks.GetValueOrDefault(userId, UserClock.Unknown),
            await questions.RetiredTemplatesAsync(delivery.Value.RetirePhrasingAfterNotRelevant, cancellationToken), channel.Delivery, now);

        var after = QuestionPlan.After(plan, incident.Id, fresh, planned.Count, now);
        // Read again: the incident may have changed (a late moment) since the pass began.
        var current = await incidents.FindAsync(incident.Id, cancellationToken) ?? incident;
        await unitOfWork.CommitAsync(transaction =>
        {
            foreach (var question in planned) transaction.Save(question);
            transaction.Save(after);
            transaction.Save(IncidentLifecycle.QuestionsPlanned(current, now));
        }, cancellationToken);
        LogPlanned(planned.Count, fresh.Count, incident.Id, after.Passes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Questions} question(s) from {Moments} new moment(s) of incident {IncidentId} (pass {Pass})")]
    private partial void LogPlanned(int questions, int moments, string incidentId, int pass);
}
