using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlackBot.Slack.Api;

public static class SlackApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISlackApi"/> as a typed HttpClient with Slack's retry rules, per-channel pacing and
    /// validated options. Time comes from the container's <see cref="TimeProvider"/> (the system clock unless
    /// something else was registered first). Returns the client builder so a test can swap the primary handler.
    /// </summary>
    public static IHttpClientBuilder AddSlackApi(this IServiceCollection services, Action<SlackApiOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddSlackApi(options => options.Configure(configure));
    }

    /// <summary>
    /// As <see cref="AddSlackApi(IServiceCollection, Action{SlackApiOptions})"/>, for callers that bind the options
    /// themselves, e.g. <c>services.AddSlackApi(o => o.BindConfiguration("Slack"))</c>.
    /// </summary>
    public static IHttpClientBuilder AddSlackApi(this IServiceCollection services, Action<OptionsBuilder<SlackApiOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureOptions);

        configureOptions(services.AddOptions<SlackApiOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackApiOptions>, SlackApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSlackMetrics();
        services.TryAddSingleton(provider => new ChannelPacer(
            provider.GetRequiredService<IOptions<SlackApiOptions>>().Value.PostInterval,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<AttemptBufferingHandler>();

        var client = services.AddHttpClient<ISlackApi, SlackApiClient>()
            // The resilience pipeline owns timeouts: HttpClient's own 100 s would cut through Retry-After waits.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The default HttpClient logging prints request URLs; a response_url or upload URL is itself a
            // credential. SlackApiLog logs method names instead.
            .RemoveAllLoggers();

        client.AddResilienceHandler(SlackResilience.PipelineName, static (pipeline, context) =>
        {
            var provider = context.ServiceProvider;
            SlackResilience.Configure(
                pipeline,
                provider.GetRequiredService<IOptions<SlackApiOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackResilience).FullName!));
        });

        client.AddHttpMessageHandler<AttemptBufferingHandler>();
        return client;
    }
}
