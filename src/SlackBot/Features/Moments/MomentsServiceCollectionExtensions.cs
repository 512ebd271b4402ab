using SlackBot.Features.Incidents;
using SlackBot.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Moments;

public static class MomentsServiceCollectionExtensions
{
    /// <summary>Learning moments: detected in people's messages, or marked with a reaction.</summary>
    public static IServiceCollection AddMoments(this IServiceCollection services)
    {
        services.AddOptions<MomentOptions>().BindConfiguration(MomentOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.MarkReaction) && !options.MarkReaction.Contains(':'),
                "Moments:MarkReaction must be an emoji name without colons, e.g. mag.")
            .ValidateOnStart();
        services.AddSingleton<MomentDetector>();
        services.AddHostedService<MomentDetectorWarmUp>();
        services.OnFeatureEvent<HumanMessagePosted, MomentListener>()
            .OnFeatureEvent<MessageTextChanged, MomentListener>()
            .OnFeatureEvent<MessageRemoved, MomentListener>();
        services.AddSlackListeners()
            .OnEvent<ReactionEvent, MarkReactionListener>("reaction_added")
            .OnEvent<ReactionEvent, MarkReactionListener>("reaction_removed");
        return services;
    }
}
