using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;

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
        var routes = new SlackRoutes();
        services.AddSingleton(routes);
        services.AddSingleton<BotIdentityAccessor>();
        services.AddSingleton<AckWaiters>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SlackRouter>();
        services.AddSingleton<ISlackDispatcher, SlackDispatcher>();
        services.AddSingleton<SlackHttpReceiver>();
        services.AddOptions<SlackDispatchOptions>();
        services.AddOptions<SlackHttpOptions>();
        services.AddOptions<OutboxOptions>();
        services.AddHostedService<InboxProcessor>();
        services.AddHostedService<OutboxSender>();
        return new SlackRouteBuilder(services, routes);
    }
}
