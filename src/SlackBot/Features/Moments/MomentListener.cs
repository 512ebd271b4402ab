using SlackBot.Eventing;
using SlackBot.Features.Incidents;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Moments;

/// <summary>
/// Reads each person's message written during an incident and keeps the learning moments, silently, then tells the
/// other features (<see cref="MomentCaptured"/>). The incident tracker has already found the incident the message's
/// own time falls in, so one delivered late (a Slack retry after the resolution) still counts. Edits are re-read; a
/// deleted message takes its moment with it.
/// </summary>
public sealed class MomentListener(IncidentService incidents, IMomentStore moments, MomentDetector detector, FeatureEvents events) :
    IFeatureEventHandler<HumanMessagePosted>,
    IFeatureEventHandler<MessageTextChanged>,
    IFeatureEventHandler<MessageRemoved>
{
    public async Task HandleAsync(HumanMessagePosted posted, CancellationToken cancellationToken)
    {
        if (posted.Incident is { } incident && posted.Message.Ts is { } ts) await CaptureAsync(incident, posted.Message, ts, cancellationToken);
    }

    public Task HandleAsync(MessageTextChanged edited, CancellationToken cancellationToken) =>
        ReconsiderAsync(edited.ChannelId, edited.Ts, edited.NewText ?? "", cancellationToken);

    public Task HandleAsync(MessageRemoved removed, CancellationToken cancellationToken) =>
        moments.DeleteAsync(Moment.IdFor(removed.ChannelId, removed.Ts), cancellationToken);

    private async Task CaptureAsync(Incident incident, MessageEvent message, string ts, CancellationToken cancellationToken)
    {
        if (detector.Detect(message.Text ?? "") is not { } detection) return;
        var moment = new Moment
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
        };
        await moments.SaveAsync(moment, cancellationToken);
        await incidents.MomentArrivedAsync(incident.Id, cancellationToken);
        await events.PublishAsync(new MomentCaptured(moment, incident), cancellationToken);
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
