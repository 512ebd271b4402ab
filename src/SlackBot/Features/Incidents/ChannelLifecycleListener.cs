using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Keeps channel names true (created, renamed), ends incidents whose channel is archived, and joins public
/// incident channels the bot learns of, so that it hears them from the first message.
/// </summary>
public sealed partial class ChannelLifecycleListener(
    ChannelDirectory channels,
    IncidentService incidents,
    IIncidentStore store,
    ISlackApi slack,
    BotIdentityAccessor bot,
    IOptions<IncidentOptions> options,
    TimeProvider time,
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

    public async Task HandleAsync(ChannelArchiveEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (slackEvent.Channel.Length == 0) return;
        await channels.UpdateAsync(slackEvent.Channel, known => known with { IsArchived = true }, cancellationToken);
        await incidents.ResolveAsync(slackEvent.Channel, ResolutionSource.ChannelArchived, slackEvent.User, time.GetUtcNow(), cancellationToken);
    }

    public async Task HandleAsync(MemberJoinedChannelEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (bot.Current is { } identity && slackEvent.User == identity.UserId)
            await channels.UpdateAsync(slackEvent.Channel, known => known with { IsMember = true }, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Joined incident channel #{Channel}")]
    private partial void LogJoined(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not join incident channel #{Channel} ({Error}); invite the bot with /invite")]
    private partial void LogCouldNotJoin(string channel, string error);
}
