using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Eventing;

namespace SlackBot.Features.Questions;

/// <summary>
/// With live timing (the channel's <c>/learn settings timing live</c>, else <c>Questions:Timing=Live</c>), a moment seen during the response gets its question right away (still threaded,
/// still capped, and no sooner than the channel's cool-down after the previous one).
/// </summary>
public sealed class LiveQuestionListener(
    IncidentService incidents,
    IQuestionStore questions,
    QuestionPlanner planner,
    UserDirectory people,
    ReadableCues cues,
    QuestionSettings settings,
    IOptions<QuestionDeliveryOptions> delivery,
    TimeProvider time) : IFeatureEventHandler<MomentCaptured>
{
    public async Task HandleAsync(MomentCaptured captured, CancellationToken cancellationToken)
    {
        var channel = await settings.ForChannelAsync(captured.Incident.ChannelId, cancellationToken);
        if (channel.Timing != QuestionTimingMode.Live) return;
        if (await incidents.FindAsync(captured.Incident.Id, cancellationToken) is not { Status: IncidentStatus.Active } incident) return;
        var moment = captured.Moment;

        var clock = (await people.GetAsync(moment.UserId, cancellationToken)).Clock;
        moment = (await cues.NameMentionsAsync([moment], cancellationToken))[0];

        var question = planner.PlanLive(incident, moment, await questions.ForIncidentAsync(incident.Id, cancellationToken), clock,
            await questions.RetiredTemplatesAsync(delivery.Value.RetirePhrasingAfterNotRelevant, cancellationToken), channel.Delivery, time.GetUtcNow());
        if (question is not null) await questions.SaveAsync(question, cancellationToken);
    }
}
