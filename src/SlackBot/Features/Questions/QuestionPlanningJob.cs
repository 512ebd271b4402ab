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
/// per person, each released in the person's working hours. Planned questions are stored, so a restart loses none.
/// </summary>
public sealed partial class QuestionPlanningJob(
    IncidentService incidents,
    IMomentStore moments,
    IQuestionStore questions,
    QuestionPlanner planner,
    UserDirectory people,
    ReadableCues cues,
    IUnitOfWork unitOfWork,
    IOptions<QuestionTimingOptions> timing,
    IOptions<QuestionDeliveryOptions> delivery,
    TimeProvider time,
    ILogger<QuestionPlanningJob> logger) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var incident in await incidents.WithStatusAsync(IncidentStatus.Resolved, cancellationToken))
        {
            if (incident.ResolvedAt is not { } resolvedAt || resolvedAt + timing.Value.CooldownAfterResolution > now) continue;
            if (await questions.IsPlannedAsync(incident.Id, cancellationToken)) continue;
            // History read from an export: people were not asked then, and are not asked about it now.
            if (incident.Origin == IncidentOrigin.Import) continue;
            await PlanAsync(incident, now, cancellationToken);
        }
    }

    private async Task PlanAsync(Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var incidentMoments = await moments.ForIncidentAsync(incident.Id, cancellationToken);
        var clocks = new Dictionary<string, UserClock>(StringComparer.Ordinal);
        foreach (var userId in incidentMoments.Select(moment => moment.UserId).Distinct())
            clocks[userId] = (await people.GetAsync(userId, cancellationToken)).Clock;
        incidentMoments = await cues.NameMentionsAsync(incidentMoments, cancellationToken);

        var planned = planner.PlanAfterResolution(incident, incidentMoments, await questions.ForIncidentAsync(incident.Id, cancellationToken),
            userId => clocks.GetValueOrDefault(userId, UserClock.Unknown),
            await questions.RetiredTemplatesAsync(delivery.Value.RetirePhrasingAfterNotRelevant, cancellationToken), delivery.Value.Delivery, now);

        await unitOfWork.CommitAsync(transaction =>
        {
            foreach (var question in planned) transaction.Save(question);
            transaction.Save(new QuestionPlan { Id = incident.Id, PlannedAt = now, Questions = planned.Count });
        }, cancellationToken);
        LogPlanned(planned.Count, incidentMoments.Count, incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Questions} question(s) from {Moments} moment(s) of incident {IncidentId}")]
    private partial void LogPlanned(int questions, int moments, string incidentId);
}
