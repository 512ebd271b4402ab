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
public sealed class MomentListener(IncidentService incidents, MomentStore moments, MomentDetector detector) : IEventListener<MessageEvent>
{
    public Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel) return Task.CompletedTask;

        switch (message.Subtype)
        {
            case "message_changed" or "message_deleted" when message.RemovedTs is { } removedTs:
                moments.Delete(Moment.IdFor(channel, removedTs));
                break;
            case "message_changed" when message.Edit is { Ts: { } ts } edited:
                Reconsider(channel, ts, edited.Text ?? "");
                break;
            default:
                if (message.IsFromHuman && message.Ts is { } messageTs && incidents.IncidentAt(channel, SlackTs.ToTime(messageTs)) is { } incident)
                    Capture(incident, message, messageTs);
                break;
        }

        return Task.CompletedTask;
    }

    private void Capture(Incident incident, MessageEvent message, string ts)
    {
        if (detector.Detect(message.Text ?? "") is not { } detection) return;
        moments.Save(new Moment
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
        });
        incidents.MomentArrived(incident.Id);
    }

    /// <summary>An edited message is judged again; a marked moment stays a moment whatever the words.</summary>
    private void Reconsider(string channel, string ts, string newText)
    {
        if (moments.Find(channel, ts) is not { } moment) return;
        var detection = detector.Detect(newText);
        if (detection is null && moment.Source == MomentSource.Detected)
        {
            moments.Delete(moment.Id);
            return;
        }

        moments.Save(moment with
        {
            Text = newText,
            Category = detection?.Category ?? moment.Category,
            Confidence = detection is null ? moment.Confidence : Math.Max(detection.Confidence, moment.Source == MomentSource.Marked ? moment.Confidence : 0),
            Cue = detection?.Cue ?? moment.Cue,
        });
    }
}
