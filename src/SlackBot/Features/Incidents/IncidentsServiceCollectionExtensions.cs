using Microsoft.Extensions.DependencyInjection.Extensions;
using SlackBot.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Scheduling;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

public static class IncidentsServiceCollectionExtensions
{
    /// <summary>Incident channels, their lifecycle, and the messages people write in them.</summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IncidentOptions>, IncidentOptionsValidator>();
        services.AddSingleton<MessageLookup>();
        services.AddSingleton<IncidentService>();
        services.AddScoped<IScheduledJob, QuietIncidentsJob>();

        // The one owner of "message": it tells the other features through feature events, never by listener order.
        services.TryAddScoped<FeatureEvents>();
        services.AddSlackListeners()
            .OnMessage<IncidentTracker>()
            .OnEvent<ChannelChangedEvent, ChannelLifecycleListener>("channel_created")
            .OnEvent<ChannelChangedEvent, ChannelLifecycleListener>("channel_rename")
            .OnEvent<ChannelChangedEvent, ChannelLifecycleListener>("group_rename")
            .OnEvent<ChannelArchiveEvent, ChannelLifecycleListener>("channel_archive")
            .OnEvent<ChannelArchiveEvent, ChannelLifecycleListener>("group_archive")
            .OnEvent<ChannelArchiveEvent, ChannelLifecycleListener>("channel_unarchive")
            .OnEvent<ChannelArchiveEvent, ChannelLifecycleListener>("group_unarchive")
            .OnEvent<MemberJoinedChannelEvent, ChannelLifecycleListener>("member_joined_channel");
        return services;
    }
}
