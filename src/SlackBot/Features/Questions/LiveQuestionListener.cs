using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Questions;

/// <summary>
/// With <c>Questions:Timing=Live</c>, a moment seen during the response gets its question right away (still threaded,
/// still capped, and no sooner than the channel's cool-down after the previous one). Registered after the moment listener.
/// </summary>
public sealed class LiveQuestionListener(
    IncidentService incidents,
    IMomentStore moments,
    IQuestionStore questions,
    QuestionPlanner planner,
    UserDirectory people,
    ReadableCues cues,
    IOptions<QuestionTimingOptions> timing,
    IOptions<QuestionDeliveryOptions> delivery,
    TimeProvider time) : IEventListener<MessageEvent>
{
    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (timing.Value.Timing != QuestionTimingMode.Live || !message.IsFromHuman || message is not { Channel: { } channel, Ts: { } ts }) return;
        if (await moments.FindAsync(channel, ts, cancellationToken) is not { } moment ||
            await incidents.FindAsync(moment.IncidentId, cancellationToken) is not { Status: IncidentStatus.Active } incident) return;

        var clock = (await people.GetAsync(moment.UserId, cancellationToken)).Clock;
        moment = (await cues.NameMentionsAsync([moment], cancellationToken))[0];

        var question = planner.PlanLive(incident, moment, await questions.ForIncidentAsync(incident.Id, cancellationToken), clock,
            await questions.RetiredTemplatesAsync(delivery.Value.RetirePhrasingAfterNotRelevant, cancellationToken), delivery.Value.Delivery, time.GetUtcNow());
        if (question is not null) await questions.SaveAsync(question, cancellationToken);
    }
}
