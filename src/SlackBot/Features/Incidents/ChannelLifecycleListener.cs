using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Keeps channel names true (created, renamed), ends incidents whose channel is archived, and joins public
/// incident channels the bot learns of, so that it hears them from the first message. Private channels send the
/// <c>group_*</c> twins of these events; they are handled alike.
/// </summary>
public sealed partial class ChannelLifecycleListener(
    ChannelDirectory channels,
    IncidentService incidents,
    IIncidentStore store,
    ISlackApi slack,
    BotIdentityAccessor bot,
    IOptions<IncidentOptions> options,
    ILogger<ChannelLifecycleListener> logger) :
    IEventListener<ChannelChangedEvent>,
    IEventListener<ChannelArchiveEvent>,
    IEventListener<MemberJoinedChannelEvent>
{
    public async Task HandleAsync(ChannelChangedEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (slackEvent.Channel is not { Name: { } name } channel) return;
        await channels.UpdateAsync(channel.Id, known => known with { Name = name }, cancellationToken);
        if (await store.LatestInAsync(channel.Id, cancellationToken) is { } incident && incident.ChannelName != name)
            await store.SaveAsync(IncidentLifecycle.Rename(incident, name), cancellationToken);

        var known = await channels.CachedAsync(channel.Id, cancellationToken);
        if (incidents.IsIncidentChannelName(name) && options.Value.JoinPublicChannels && known is not { IsPrivate: true } && known?.IsMember != true)
            await JoinAsync(channel.Id, name, cancellationToken);
    }

    /// <summary><c>channel_archive</c>, <c>group_archive</c> and their <c>…_unarchive</c> counterparts.</summary>
    public async Task HandleAsync(ChannelArchiveEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (slackEvent.Channel.Length == 0) return;
        var archived = !slackEvent.Type.EndsWith("unarchive", StringComparison.Ordinal);
        await channels.UpdateAsync(slackEvent.Channel, known => known with { IsArchived = archived }, cancellationToken);
        // Resolved as of when Slack told us, not when the inbox got to it: later messages are not part of the incident.
        if (archived) await incidents.ResolveAsync(slackEvent.Channel, ResolutionSource.ChannelArchived, slackEvent.User, context.ReceivedAt, cancellationToken);
    }

    /// <summary>
    /// The bot was invited: the event names the channel only by id, so look it up now; a channel named like an
    /// incident then becomes one with its next message.
    /// </summary>
    public async Task HandleAsync(MemberJoinedChannelEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (bot.Current is not { } identity || slackEvent.User != identity.UserId) return;
        await channels.UpdateAsync(slackEvent.Channel, known => known with { IsMember = true }, cancellationToken);
        if (await channels.RefreshAsync(slackEvent.Channel, cancellationToken) is { } channel && incidents.IsIncidentChannelName(channel.Name))
            LogInvited(channel.Name);
    }

    private async Task JoinAsync(string channelId, string name, CancellationToken cancellationToken)
    {
        try
        {
            await slack.JoinConversationAsync(channelId, cancellationToken);
            await channels.UpdateAsync(channelId, known => known with { IsMember = true }, cancellationToken);
            LogJoined(name);
        }
        catch (SlackApiException exception)
        {
            // e.g. missing_scope (channels:join not granted) or restricted_action (workspace policy): ask people to invite the bot.
            LogCouldNotJoin(name, exception.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invited to incident channel #{Channel}; listening from now on")]
    private partial void LogInvited(string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Joined incident channel #{Channel}")]
    private partial void LogJoined(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not join incident channel #{Channel} ({Error}); invite the bot with /invite")]
    private partial void LogCouldNotJoin(string channel, string error);
}
