using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// After an incident is resolved and the cool-down has passed, plans its questions once: the best moments, a few
/// per person, each released in the person's working hours. Planned questions live in LiteDB, so a restart loses none.
/// Reads only the incidents that wait for planning (an index), and runs after the quiet-incident job so that an
/// incident it resolves is planned in the same pass.
/// </summary>
public sealed partial class QuestionPlanningJob(
    IncidentService incidents,
    MomentStore moments,
    QuestionStore questions,
    QuestionPlanner planner,
    UserDirectory people,
    ReadableCues cues,
    Database database,
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
        foreach (var incident in incidents.AwaitingQuestions(now - timing.Value.CooldownAfterResolution))
        {
            if (questions.IsPlanned(incident.Id))
            {
                // Planned by an earlier version, which kept the mark in question_plans only: put it on the incident too.
                incidents.MarkQuestionsPlanned(incident.Id, now);
                continue;
            }

            await PlanAsync(incident, now, cancellationToken);
        }
    }

    private async Task PlanAsync(Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var incidentMoments = moments.ForIncident(incident.Id);
        var clocks = new Dictionary<string, UserClock>(StringComparer.Ordinal);
        foreach (var userId in incidentMoments.Select(moment => moment.UserId).Distinct())
            clocks[userId] = (await people.GetAsync(userId, cancellationToken)).Clock;
        incidentMoments = await cues.NameMentionsAsync(incidentMoments, cancellationToken);

        var planned = planner.PlanAfterResolution(incident, incidentMoments, questions.ForIncident(incident.Id),
            userId => clocks.GetValueOrDefault(userId, UserClock.Unknown),
            questions.RetiredTemplates(delivery.Value.RetirePhrasingAfterNotRelevant), delivery.Value.Delivery, now);

        database.Write(() =>
        {
            foreach (var question in planned) questions.Save(question);
            questions.SavePlan(new QuestionPlan { Id = incident.Id, PlannedAt = now, Questions = planned.Count });
            incidents.MarkQuestionsPlanned(incident.Id, now);
        });
        LogPlanned(planned.Count, incidentMoments.Count, incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Questions} question(s) from {Moments} moment(s) of incident {IncidentId}")]
    private partial void LogPlanned(int questions, int moments, string incidentId);
}
