using Microsoft.Extensions.Options;
using SlackBot.Eventing;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// The one owner of Slack's <c>message</c> event. Follows the messages of incident channels: starts the incident at the
/// first message of a channel named like one, keeps people's messages for later (each with the incident its own time
/// falls in), notes activity, and ends the incident on a resolution signal (a person's, or another app's status post:
/// the one case where another bot's message is read). Tells the other features through feature events, in this order:
/// the incident is found (or started) first, then <see cref="HumanMessagePosted"/>, then a resolution the message
/// declares; so the words that resolve an incident are still read as part of it.
/// </summary>
public sealed class IncidentTracker(
    IncidentService incidents,
    IIncidentMessageStore messages,
    FeatureEvents events,
    IOptions<IncidentOptions> options) : IEventListener<MessageEvent>
{
    private readonly ResolutionSignals _signals = new(options.Value.ResolutionPhrases);

    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel || message.Ts is null) return;

        if (message.RemovedTs is { } removedTs)
        {
            await messages.DeleteAsync(channel, removedTs, cancellationToken);
            await events.PublishAsync(new MessageRemoved(channel, removedTs), cancellationToken);
            return;
        }

        if (message.Subtype == "message_changed")
        {
            if (message.Edit is not { Ts: { } editedTs } edited) return;
            if (edited.Text is { } newText) await messages.EditAsync(channel, editedTs, newText, cancellationToken);
            await events.PublishAsync(new MessageTextChanged(channel, editedTs, edited.Text), cancellationToken);
            return;
        }

        // Direct messages (answers to questions sent by DM) are never incident channels.
        if (message.ChannelType is "im" or "mpim")
        {
            if (message.IsFromHuman) await events.PublishAsync(new HumanMessagePosted(message, null), cancellationToken);
            return;
        }

        if (message.IsArchiveNotice)
        {
            await incidents.ResolveAsync(channel, ResolutionSource.ChannelArchived, message.User, SlackTs.ToTime(message.Ts), cancellationToken);
            return;
        }

        var fromHuman = message.IsFromHuman;
        var fromApp = !fromHuman && (message.BotId is not null || message.Subtype == "bot_message");
        if (!fromHuman && !fromApp) return;

        // The message's own time decides, not the state the channel is in when it is processed: Slack may deliver
        // it late (a retry hours later), or the inbox may replay it after a restart.
        var at = SlackTs.ToTime(message.Ts);
        var incident = fromHuman
            ? await incidents.IncidentForMessageAsync(channel, at, cancellationToken)
            : await incidents.IncidentAtAsync(channel, at, cancellationToken);

        if (fromHuman)
        {
            if (incident is not null) await RecordAsync(incident, message, at, cancellationToken);
            await events.PublishAsync(new HumanMessagePosted(message, incident), cancellationToken);
        }

        if (incident is { Status: IncidentStatus.Active } && _signals.IsResolution(message.Text, fromStatusBot: fromApp))
            await incidents.ResolveAsync(incident, fromApp ? ResolutionSource.StatusBot : ResolutionSource.Message, message.User ?? message.BotId, at, cancellationToken);
    }

    private async Task RecordAsync(Incident incident, MessageEvent message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (incident.Status == IncidentStatus.Active) await incidents.RecordHumanMessageAsync(incident, at, cancellationToken);
        await messages.SaveAsync(new IncidentMessage
        {
            Id = IncidentMessage.IdFor(incident.ChannelId, message.Ts!),
            IncidentId = incident.Id,
            ChannelId = incident.ChannelId,
            Ts = message.Ts!,
            ThreadTs = message.ThreadTs,
            UserId = message.User!,
            Text = message.Text ?? "",
            At = at,
        }, cancellationToken);
    }
}
