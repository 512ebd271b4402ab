using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack;

public static class SlackPlatformServiceCollectionExtensions
{
    /// <summary>
    /// Registers the dispatcher, router, inbox and outbox workers and the HTTP receiver. The host supplies the
    /// storage seams (<see cref="IEnvelopeInbox"/>, <see cref="IOutboxStore"/>, <see cref="IOutbox"/>) and the
    /// Web API client. Returns the builder on which listeners are registered.
    /// </summary>
    public static SlackRouteBuilder AddSlackPlatform(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSlackMetrics();
        var listeners = services.AddSlackListeners();
        services.AddSingleton<BotIdentityAccessor>();
        services.AddSingleton<AckWaiters>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxPace>();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<SlackRouter>();
        services.AddSingleton<ISlackDispatcher, SlackDispatcher>();
        services.AddSingleton<SlackHttpReceiver>();
        services.AddOptions<SlackDispatchOptions>()
            .Validate(options => options.InboxWorkers is >= 1 and <= 64, "SlackDispatchOptions.InboxWorkers must be between 1 and 64.")
            .Validate(options => options.StoreTimeout > TimeSpan.Zero, "SlackDispatchOptions.StoreTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<SlackHttpOptions>();
        services.AddOptions<OutboxOptions>();
        services.AddHostedService<InboxProcessor>();
        services.AddHostedService<OutboxSender>();
        return listeners;
    }

    /// <summary>The Slack layer's instruments, on the container's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>.</summary>
    public static IServiceCollection AddSlackMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<SlackMetrics>();
        return services;
    }

    /// <summary>
    /// The builder for listener registrations. Features call it from their own <c>AddXxx()</c>; every call
    /// adds to the same route list, before or after <see cref="AddSlackPlatform"/>.
    /// </summary>
    public static SlackRouteBuilder AddSlackListeners(this IServiceCollection services)
    {
        var routes = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(SlackRoutes))?.ImplementationInstance as SlackRoutes;
        if (routes is null)
        {
            routes = new SlackRoutes();
            services.AddSingleton(routes);
        }

        return new SlackRouteBuilder(services, routes);
    }
}
