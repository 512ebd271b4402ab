using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Slack;

namespace SlackBot.Features.Learn;

public static class LearnServiceCollectionExtensions
{
    /// <summary>The <c>/learn</c> slash command.</summary>
    public static IServiceCollection AddLearn(this IServiceCollection services)
    {
        services.AddOptions<LearnOptions>().BindConfiguration(LearnOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LearnOptions>, LearnOptionsValidator>();
        services.AddSlackListeners()
            .OnCommand<LearnCommand>("/learn");
        return services;
    }
}
