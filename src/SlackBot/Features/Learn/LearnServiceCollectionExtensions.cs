using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Features.Learn.Subcommands;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch;

namespace SlackBot.Features.Learn;

public static class LearnServiceCollectionExtensions
{
    /// <summary>The <c>/learn</c> slash command with its sub-commands, in the order <c>help</c> lists them.</summary>
    public static IServiceCollection AddLearn(this IServiceCollection services)
    {
        services.AddOptions<LearnOptions>().BindConfiguration(LearnOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LearnOptions>, LearnOptionsValidator>();
        services.AddSingleton<Facilitators>();
        services.AddSingleton<LearnIncidents>();
        services.AddSingleton<LearnAttribution>();
        services.AddSingleton<LearnCatalog>();
        services.AddSingleton<RestrictedFindings>();
        services.AddSingleton<ReviewSubcommands>();
        services.AddLearnSubcommands()
            .Add<HelpSubcommand>()
            .Add<StartSubcommand>()
            .Add<ResolveSubcommand>()
            .Add<ReopenSubcommand>()
            .Add<StatusSubcommand>()
            .Add<NoteSubcommand>()
            .Add<IdeaSubcommand>()
            .Add<AskSubcommand>()
            .Add<FindingsSubcommand>()
            .Add<QuestionsSubcommand>()
            .Add<IdeasSubcommand>()
            .Add<SearchSubcommand>()
            .Add<ExportSubcommand>()
            .Add<PrepSubcommand>()
            .Add<TeamSubcommand>()
            .Add<SettingsSubcommand>()
            .Add<DigestPreviewSubcommand>()
            .Add<DigestSubscribeSubcommand>()
            .Add<DigestUnsubscribeSubcommand>()
            .Add<DigestListSubcommand>();
        services.AddSlackListeners()
            .OnCommand<LearnCommand>("/learn");
        services.Configure<SlackDispatchOptions>(dispatch => dispatch.DeferredCommandText = LearnReplies.CatchingUp);
        return services;
    }

    /// <summary>Where features register their <c>/learn</c> sub-commands.</summary>
    public static LearnSubcommands AddLearnSubcommands(this IServiceCollection services) => new(services);
}
