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
    IncidentMessageLog messages,
    MomentStore moments,
    ISlackApi slack,
    IOptions<FindingOptions> options) : IEventListener<ReactionEvent>
{
    public async Task HandleAsync(ReactionEvent reaction, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (reaction.Type != "reaction_added" || reaction.BaseReaction != options.Value.CaptureReaction) return;
        if (reaction.Item is not { Type: "message", Channel: { } channel, Ts: { } ts }) return;

        var (author, text) = await ReadMessageAsync(channel, ts, cancellationToken);
        if (author is null || string.IsNullOrWhiteSpace(text)) return;

        var incident = incidents.CurrentIn(channel);
        var moment = moments.Find(channel, ts);
        await recorder.RecordAsync(new FindingDraft(Finding.IdForMessage(channel, ts), text, author, FindingSource.Reaction)
        {
            IncidentId = incident?.Id,
            MomentId = moment?.Id,
            Category = moment?.Category,
            ChannelId = channel,
            MessageTs = ts,
            At = SlackTs.ToTime(ts),
        }, cancellationToken);
    }

    private async Task<(string? Author, string? Text)> ReadMessageAsync(string channel, string ts, CancellationToken cancellationToken)
    {
        if (messages.Find(channel, ts) is { } logged) return (logged.UserId, logged.Text);
        try
        {
            // The page starts with the thread's parent; bounding it to this ts (room for two) also brings a reply itself.
            var page = await slack.GetConversationRepliesAsync(new RepliesRequest { Channel = channel, Ts = ts, Oldest = ts, Latest = ts, Inclusive = true, Limit = 2 }, cancellationToken);
            var message = page.Messages.FirstOrDefault(candidate => candidate.Ts == ts);
            // Only people's words become findings; an app's post is not something someone learned.
            return message is { BotId: null, User: { } user } ? (user, message.Text) : (null, null);
        }
        catch (SlackApiException)
        {
            return (null, null);
        }
    }
}
