namespace SlackBot.Eventing;

/// <summary>
/// Handles one kind of feature event. Handlers of the same event must not depend on each other's effects: a handler
/// whose work others build on publishes an event of its own (Moments publishes <c>MomentCaptured</c> after storing it).
/// </summary>
public interface IFeatureEventHandler<in TEvent> where TEvent : IFeatureEvent
{
    Task HandleAsync(TEvent featureEvent, CancellationToken cancellationToken);
}
