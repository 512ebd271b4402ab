using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Findings;

/// <summary>
/// A message someone reacts to with the capture reaction (default <c>:bulb:</c>) becomes a finding, in the words of
/// its author. Works in any channel the bot is in; inside an incident channel it is tied to that incident.
/// </summary>
public sealed class CaptureReactionListener(
    FindingRecorder recorder,
    IncidentService incidents,
    MessageLookup messages,
    IMomentStore moments,
    IOptions<FindingOptions> options) : IEventListener<ReactionEvent>
{
    public async Task HandleAsync(ReactionEvent reaction, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (reaction.Type != "reaction_added" || reaction.BaseReaction != options.Value.CaptureReaction) return;
        if (reaction.Item is not { Type: "message", Channel: { } channel, Ts: { } ts }) return;

        if (await messages.FindAsync(channel, ts, cancellationToken) is not { } message || string.IsNullOrWhiteSpace(message.Text)) return;

        // Tied to the incident the message was written in (if any), not to whatever the channel is doing now.
        var incident = await incidents.IncidentForReactedMessageAsync(channel, SlackTs.ToTime(ts), cancellationToken);
        var moment = await moments.FindAsync(channel, ts, cancellationToken);
        await recorder.RecordAsync(new FindingDraft(Finding.IdForMessage(channel, ts), message.Text, message.UserId, FindingSource.Reaction)
        {
            IncidentId = incident?.Id,
            MomentId = moment?.Id,
            Category = moment?.Category,
            ChannelId = channel,
            MessageTs = ts,
            At = SlackTs.ToTime(ts),
        }, cancellationToken);
    }
}
