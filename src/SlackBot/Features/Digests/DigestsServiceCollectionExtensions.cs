using Microsoft.Extensions.DependencyInjection;
using SlackBot.Scheduling;
using SlackBot.Slack;

namespace SlackBot.Features.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>
    /// Weekly digests: the <c>Digest</c> options, the material source and names. The <c>/learn digest …</c>
    /// sub-commands are registered with the others in <c>AddLearn()</c>.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section)
            .Validate(options => options.CatchUpWindow >= TimeSpan.Zero, "Digest:CatchUpWindow must not be negative, e.g. 1.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<IDigestNames, DirectoryDigestNames>();
        services.AddSingleton<IDigestMaterialSource, StoreDigestMaterialSource>();
        services.AddSingleton<DigestPulseTrend>();
        services.AddScoped<IScheduledJobSource, DigestJobSource>();
        services.AddSlackListeners().OnBlockAction<DigestPulseButtons>(DigestBlocks.ActionPrefix);
        return services;
    }
}
