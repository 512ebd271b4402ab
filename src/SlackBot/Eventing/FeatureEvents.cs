using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.Eventing;

/// <summary>
/// Publishes feature events to their handlers, in process and in the scope of the delivery being processed, so a
/// chain of events (message → moment → live question) finishes before the delivery is marked processed. Handlers
/// run one after another in the order of their type names: registration order never decides anything.
/// </summary>
public sealed class FeatureEvents(IServiceProvider services)
{
    public async Task PublishAsync<TEvent>(TEvent featureEvent, CancellationToken cancellationToken) where TEvent : IFeatureEvent
    {
        foreach (var handler in HandlersOf<TEvent>(services)) await handler.HandleAsync(featureEvent, cancellationToken);
    }

    /// <summary>The handlers of <typeparamref name="TEvent"/>, as they run; also for start-up logs and tests.</summary>
    public static IReadOnlyList<IFeatureEventHandler<TEvent>> HandlersOf<TEvent>(IServiceProvider services) where TEvent : IFeatureEvent =>
        services.GetServices<IFeatureEventHandler<TEvent>>().OrderBy(handler => handler.GetType().FullName, StringComparer.Ordinal).ToList();
}
