using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SlackBot.Eventing;

public static class FeatureEventsServiceCollectionExtensions
{
    /// <summary><c>services.OnFeatureEvent&lt;MomentCaptured, LiveQuestions&gt;()</c>: one handler of one feature event.</summary>
    public static IServiceCollection OnFeatureEvent<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IFeatureEvent
        where THandler : class, IFeatureEventHandler<TEvent>
    {
        services.TryAddScoped<FeatureEvents>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFeatureEventHandler<TEvent>, THandler>());
        return services;
    }
}
