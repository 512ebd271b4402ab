using SlackBot.Features.Moments;
using SlackBot.Features.Incidents;
using SlackBot.Eventing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SlackBot.Scheduling;
using SlackBot.Slack;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>
    /// Questions: the bank (checked at start-up), the timing policy, planning after resolution (or live), delivery
    /// through the outbox, the buttons and the answers.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddOptions<QuestionTimingOptions>()
            .Configure<IConfiguration>((options, configuration) => options.BindFrom(configuration.GetSection(QuestionTimingOptions.SectionName)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<QuestionTimingOptions>, QuestionTimingOptionsValidator>();
        services.AddOptions<QuestionDeliveryOptions>().BindConfiguration(QuestionTimingOptions.SectionName)
            .Validate(options => options.RetirePhrasingAfterNotRelevant >= 1, "Questions:RetirePhrasingAfterNotRelevant must be at least 1.")
            .ValidateOnStart();

        services.AddSingleton(provider => QuestionBank.Load(provider.GetRequiredService<IOptions<QuestionDeliveryOptions>>().Value.BankPath));
        services.AddHostedService<QuestionBankStartupCheck>();
        services.AddSingleton<QuestionComposer>();
        services.AddSingleton(provider => new QuestionTiming(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<QuestionTimingOptions>>().Value));
        services.AddSingleton(provider => new QuestionPlanner(
            provider.GetRequiredService<QuestionComposer>(),
            provider.GetRequiredService<QuestionTiming>(),
            provider.GetRequiredService<IOptions<QuestionTimingOptions>>().Value));
        services.AddSingleton<ReadableCues>();
        services.AddSingleton<QuestionSettings>();
        services.AddScoped<QuestionAnswers>();
        services.AddSingleton<FacilitatorQuestions>();
        services.AddSingleton<IOutboxObserver, QuestionPostedObserver>();
        services.AddScoped<IScheduledJob, QuestionPlanningJob>();
        services.AddScoped<IScheduledJob, QuestionReleaseJob>();

        services.OnFeatureEvent<MomentCaptured, LiveQuestionListener>()
            .OnFeatureEvent<HumanMessagePosted, QuestionReplyListener>();
        services.AddSlackListeners()
            .OnBlockAction<QuestionButtons>(QuestionMessages.ActionPrefix)
            .OnViewSubmission<AnswerModalListener>(QuestionMessages.AnswerModalCallback);
        return services;
    }
}
