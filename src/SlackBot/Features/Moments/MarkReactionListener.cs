using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Moments;

/// <summary>
/// A responder reacting with the mark reaction (default <c>:mag:</c>) makes that message a learning moment, whatever
/// the detector thought; removing the reaction undoes it.
/// </summary>
public sealed class MarkReactionListener(
    IncidentService incidents,
    MessageLookup messages,
    MomentStore moments,
    MomentDetector detector,
    IOptions<MomentOptions> options) : IEventListener<ReactionEvent>
{
    public async Task HandleAsync(ReactionEvent reaction, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (reaction.BaseReaction != options.Value.MarkReaction || reaction.Item is not { Type: "message", Channel: { } channel, Ts: { } ts }) return;

        if (reaction.Type == "reaction_removed")
        {
            if (moments.Find(channel, ts) is { Source: MomentSource.Marked } marked && marked.MarkedBy == reaction.User) moments.Delete(marked.Id);
            return;
        }

        // The incident the marked message was written in, whenever the reaction comes.
        if (incidents.IncidentForReactedMessage(channel, SlackTs.ToTime(ts)) is not { } incident) return;

        var message = await messages.FindAsync(channel, ts, cancellationToken);
        if (message is null || string.IsNullOrWhiteSpace(message.Text)) return;

        var judged = MarkedMoment.Judge(detector.Detect(message.Text), message.Text);
        moments.Save(new Moment
        {
            Id = Moment.IdFor(channel, ts),
            IncidentId = incident.Id,
            ChannelId = channel,
            Ts = ts,
            ThreadTs = message.ThreadTs is { } thread && thread != ts ? thread : null,
            UserId = message.UserId,
            Text = message.Text,
            Category = judged.Category,
            Confidence = judged.Confidence,
            Cue = judged.Cue,
            Source = MomentSource.Marked,
            // The first person to mark it stays its marker, so someone else removing their :mag: does not unmark it.
            MarkedBy = moments.Find(channel, ts) is { Source: MomentSource.Marked, MarkedBy: { } first } ? first : reaction.User,
            At = SlackTs.ToTime(ts),
        });
        incidents.MomentArrived(incident.Id);
    }
}
