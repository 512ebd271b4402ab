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
    IMomentStore moments,
    MomentDetector detector,
    IOptions<MomentOptions> options) : IEventListener<ReactionEvent>
{
    public async Task HandleAsync(ReactionEvent reaction, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (reaction.BaseReaction != options.Value.MarkReaction || reaction.Item is not { Type: "message", Channel: { } channel, Ts: { } ts }) return;

        if (reaction.Type == "reaction_removed")
        {
            if (await moments.FindAsync(channel, ts, cancellationToken) is { Source: MomentSource.Marked } marked && marked.MarkedBy == reaction.User)
                await moments.DeleteAsync(marked.Id, cancellationToken);
            return;
        }

        // The incident the marked message was written in, whenever the reaction comes.
        if (await incidents.IncidentForReactedMessageAsync(channel, SlackTs.ToTime(ts), cancellationToken) is not { } incident) return;

        var message = await messages.FindAsync(channel, ts, cancellationToken);
        if (message is null || string.IsNullOrWhiteSpace(message.Text)) return;

        var judged = MarkedMoment.Judge(detector.Detect(message.Text), message.Text);
        var earlier = await moments.FindAsync(channel, ts, cancellationToken);
        await moments.SaveAsync(new Moment
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
            MarkedBy = earlier is { Source: MomentSource.Marked, MarkedBy: { } first } ? first : reaction.User,
            At = SlackTs.ToTime(ts),
        }, cancellationToken);
        await incidents.MomentArrivedAsync(incident.Id, cancellationToken);
    }
}
