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
    IncidentMessageLog messages,
    MomentStore moments,
    MomentDetector detector,
    ISlackApi slack,
    IOptions<MomentOptions> options) : IEventListener<ReactionEvent>
{
    public async Task HandleAsync(ReactionEvent reaction, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (reaction.BaseReaction != options.Value.MarkReaction || reaction.Item is not { Type: "message", Channel: { } channel, Ts: { } ts }) return;
        if (incidents.CurrentIn(channel) is not { } incident) return;

        if (reaction.Type == "reaction_removed")
        {
            if (moments.Find(channel, ts) is { Source: MomentSource.Marked } marked && marked.MarkedBy == reaction.User) moments.Delete(marked.Id);
            return;
        }

        var message = messages.Find(channel, ts) ?? await FetchAsync(incident, channel, ts, cancellationToken);
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
            MarkedBy = reaction.User,
            At = SlackTs.ToTime(ts),
        });
    }

    /// <summary>A message from before the bot kept a log (e.g. it joined late): ask Slack for it.</summary>
    private async Task<IncidentMessage?> FetchAsync(Incident incident, string channel, string ts, CancellationToken cancellationToken)
    {
        try
        {
            // The page starts with the thread's parent; bounding it to this ts (room for two) also brings a reply itself.
            var page = await slack.GetConversationRepliesAsync(new RepliesRequest { Channel = channel, Ts = ts, Oldest = ts, Latest = ts, Inclusive = true, Limit = 2 }, cancellationToken);
            var found = page.Messages.FirstOrDefault(candidate => candidate.Ts == ts);
            return found is { User: { } user, BotId: null }
                ? new IncidentMessage { Id = IncidentMessage.IdFor(channel, ts), IncidentId = incident.Id, ChannelId = channel, Ts = ts, ThreadTs = found.ThreadTs, UserId = user, Text = found.Text ?? "", At = SlackTs.ToTime(ts) }
                : null;
        }
        catch (SlackApiException)
        {
            return null;
        }
    }
}
