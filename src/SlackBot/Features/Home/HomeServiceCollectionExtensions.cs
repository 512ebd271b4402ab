using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>The App Home tab: published when opened, kept fresh for those who opened it, and the consent controls on it.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddSingleton<HomeContentReader>();
        services.AddSingleton<HomePublisher>();
        services.AddSingleton<HomeRefresh>();
        services.AddSingleton<IFindingObserver, HomeFindingObserver>();
        services.AddSingleton<IOutboxObserver, HomeQuestionObserver>();
        services.AddHostedService<HomeRefreshWorker>();
        services.AddSlackListeners()
            .OnEvent<AppHomeOpenedEvent, AppHome>("app_home_opened")
            .OnBlockAction<HomeFindingActions>(HomeView.FindingActionPrefix);
        return services;
    }
}
