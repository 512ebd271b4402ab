using SlackBot.Features.Incidents;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Moments;

/// <summary>
/// Reads each person's message written during an incident and keeps the learning moments, silently. The message's
/// own time decides which incident it belongs to, so one delivered late (a Slack retry after the resolution) still
/// counts. Edits are re-read; a deleted message takes its moment with it. Registered after the incident tracker, so
/// the incident already exists for the channel's first message.
/// </summary>
public sealed class MomentListener(IncidentService incidents, IMomentStore moments, MomentDetector detector) : IEventListener<MessageEvent>
{
    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel) return;

        switch (message.Subtype)
        {
            case "message_changed" or "message_deleted" when message.RemovedTs is { } removedTs:
                await moments.DeleteAsync(Moment.IdFor(channel, removedTs), cancellationToken);
                break;
            case "message_changed" when message.Edit is { Ts: { } ts } edited:
                await ReconsiderAsync(channel, ts, edited.Text ?? "", cancellationToken);
                break;
            default:
                if (message.IsFromHuman && message.Ts is { } messageTs &&
                    await incidents.IncidentAtAsync(channel, SlackTs.ToTime(messageTs), cancellationToken) is { } incident)
                    await CaptureAsync(incident, message, messageTs, cancellationToken);
                break;
        }
    }

    private async Task CaptureAsync(Incident incident, MessageEvent message, string ts, CancellationToken cancellationToken)
    {
        if (detector.Detect(message.Text ?? "") is not { } detection) return;
        await moments.SaveAsync(new Moment
        {
            Id = Moment.IdFor(incident.ChannelId, ts),
            IncidentId = incident.Id,
            ChannelId = incident.ChannelId,
            Ts = ts,
            ThreadTs = message.IsThreadReply ? message.ThreadTs : null,
            UserId = message.User!,
            Text = message.Text ?? "",
            Category = detection.Category,
            Confidence = detection.Confidence,
            Cue = detection.Cue,
            Source = MomentSource.Detected,
            At = SlackTs.ToTime(ts),
        }, cancellationToken);
        await incidents.MomentArrivedAsync(incident.Id, cancellationToken);
    }

    /// <summary>An edited message is judged again; a marked moment stays a moment whatever the words.</summary>
    private async Task ReconsiderAsync(string channel, string ts, string newText, CancellationToken cancellationToken)
    {
        if (await moments.FindAsync(channel, ts, cancellationToken) is not { } moment) return;
        var detection = detector.Detect(newText);
        if (detection is null && moment.Source == MomentSource.Detected)
        {
            await moments.DeleteAsync(moment.Id, cancellationToken);
            return;
        }

        await moments.SaveAsync(moment with
        {
            Text = newText,
            Category = detection?.Category ?? moment.Category,
            Confidence = detection is null ? moment.Confidence : Math.Max(detection.Confidence, moment.Source == MomentSource.Marked ? moment.Confidence : 0),
            Cue = detection?.Cue ?? moment.Cue,
        }, cancellationToken);
    }
}
