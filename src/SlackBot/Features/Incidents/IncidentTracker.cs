using Microsoft.Extensions.Options;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Follows the messages of incident channels: starts the incident at the first message of a channel named like
/// one, keeps people's messages for later (each with the incident its own time falls in), notes activity, and ends
/// the incident on a resolution signal (a person's, or another app's status post: the one case where another bot's
/// message is read).
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

        if (message.RemovedTs is { } removedTs)
        {
            await messages.DeleteAsync(message.Channel, removedTs, cancellationToken);
            return;
        }

        if (message.Subtype == "message_changed")
        {
            if (message.Edit is { Ts: { } editedTs, Text: { } newText }) await messages.EditAsync(message.Channel, editedTs, newText, cancellationToken);
            return;
        }

        if (message.IsArchiveNotice)
        {
            await incidents.ResolveAsync(message.Channel, ResolutionSource.ChannelArchived, message.User, SlackTs.ToTime(message.Ts), cancellationToken);
            return;
        }

        var fromHuman = message.IsFromHuman;
        var fromApp = !fromHuman && (message.BotId is not null || message.Subtype == "bot_message");
        if (!fromHuman && !fromApp) return;

        // The message's own time decides, not the state the channel is in when it is processed: Slack may deliver
        // it late (a retry hours later), or the inbox may replay it after a restart.
        var at = SlackTs.ToTime(message.Ts);
        var incident = fromHuman
            ? await incidents.IncidentForMessageAsync(message.Channel, at, cancellationToken)
            : await incidents.IncidentAtAsync(message.Channel, at, cancellationToken);
        if (incident is null) return;

        if (fromHuman)
        {
            if (incident.Status == IncidentStatus.Active) await incidents.RecordHumanMessageAsync(incident, at, cancellationToken);
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

        if (incident.Status == IncidentStatus.Active && _signals.IsResolution(message.Text, fromStatusBot: fromApp))
            await incidents.ResolveAsync(incident, fromApp ? ResolutionSource.StatusBot : ResolutionSource.Message, message.User ?? message.BotId, at, cancellationToken);
    }
}
