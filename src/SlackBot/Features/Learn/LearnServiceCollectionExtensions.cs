using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Learn;

public static class LearnServiceCollectionExtensions
{
    /// <summary>The <c>/learn</c> slash command and the App Home tab.</summary>
    public static IServiceCollection AddLearn(this IServiceCollection services)
    {
        services.AddOptions<LearnOptions>().BindConfiguration(LearnOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LearnOptions>, LearnOptionsValidator>();
        services.AddSlackListeners()
            .OnCommand<LearnCommand>("/learn")
            .OnEvent<AppHomeOpenedEvent, AppHome>("app_home_opened");
        return services;
    }
}
