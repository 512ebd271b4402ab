using Microsoft.Extensions.Options;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Follows the messages of incident channels: starts the incident at the first message of a channel named like
/// one, keeps people's messages for later, notes activity, and ends the incident on a resolution signal (a
/// person's, or another app's status post: the one case where another bot's message is read).
/// </summary>
public sealed class IncidentTracker(
    IncidentService incidents,
    IIncidentMessageStore messages,
    IOptions<IncidentOptions> options) : IEventListener<MessageEvent>
{
    private readonly ResolutionSignals _signals = new(options.Value.ResolutionPhrases);

    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is null || message.Ts is null) return;
        // Direct messages (answers to questions sent by DM) are never incident channels.
        if (message.ChannelType is "im" or "mpim") return;

        switch (message.Subtype)
        {
            case "message_changed" when message.Message is { Ts: { } editedTs, Text: { } newText }:
                await messages.EditAsync(message.Channel, editedTs, newText, cancellationToken);
                return;
            case "message_deleted" when message.DeletedTs is { } deletedTs:
                await messages.DeleteAsync(message.Channel, deletedTs, cancellationToken);
                return;
            case "channel_archive":
                await incidents.ResolveAsync(message.Channel, ResolutionSource.ChannelArchived, message.User, SlackTs.ToTime(message.Ts), cancellationToken);
                return;
        }

        var fromHuman = message.IsFromHuman;
        var fromApp = !fromHuman && (message.BotId is not null || message.Subtype == "bot_message");
        if (!fromHuman && !fromApp) return;

        var at = SlackTs.ToTime(message.Ts);
        var incident = fromHuman
            ? await incidents.IncidentForMessageAsync(message.Channel, at, cancellationToken)
            : await incidents.CurrentInAsync(message.Channel, cancellationToken);
        if (incident is not { Status: IncidentStatus.Active }) return;

        if (fromHuman)
        {
            await incidents.RecordHumanMessageAsync(incident, at, cancellationToken);
            await messages.SaveAsync(new IncidentMessage
            {
                Id = IncidentMessage.IdFor(message.Channel, message.Ts),
                IncidentId = incident.Id,
                ChannelId = message.Channel,
                Ts = message.Ts,
                ThreadTs = message.ThreadTs,
                UserId = message.User!,
                Text = message.Text ?? "",
                At = at,
            }, cancellationToken);
        }

        if (_signals.IsResolution(message.Text, fromStatusBot: fromApp))
            await incidents.ResolveAsync(message.Channel, fromApp ? ResolutionSource.StatusBot : ResolutionSource.Message, message.User ?? message.BotId, at, cancellationToken);
    }
}
