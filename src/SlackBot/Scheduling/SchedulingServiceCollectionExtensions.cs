using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The scheduler that runs every <see cref="IScheduledJob"/> once per period, and the record of its runs.</summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        // The storage provider registers its own (AddLiteDbStorage, AddPostgresStorage); this is for hosts without one.
        services.TryAddSingleton<IJobRunStore, LiteDbJobRunStore>();
        services.AddSingleton<LearningScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<LearningScheduler>());
        return services;
    }
}
