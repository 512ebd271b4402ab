using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch;

internal delegate Task EventInvoker(IServiceProvider services, JsonElement innerEvent, DeliveryContext context, CancellationToken cancellationToken);

internal delegate Task<JsonObject?> PayloadInvoker(IServiceProvider services, JsonElement payload, DeliveryContext context, CancellationToken cancellationToken);

internal delegate Task ActionInvoker(IServiceProvider services, JsonElement payload, JsonElement action, DeliveryContext context, CancellationToken cancellationToken);

internal sealed record EventRoute(string EventType, Type Listener, EventInvoker Invoke);

internal sealed record ActionRoute(string ActionIdPrefix, Type Listener, ActionInvoker Invoke);

internal sealed record PayloadRoute(string Key, Type Listener, PayloadInvoker Invoke);

/// <summary>
/// The one list of who listens to what, filled by <see cref="SlackRouteBuilder"/> at start-up and read by
/// <see cref="SlackRouter"/>. Several listeners may share an event type; commands, views and shortcuts have one owner.
/// </summary>
public sealed class SlackRoutes
{
    internal List<EventRoute> Events { get; } = [];
    internal List<ActionRoute> Actions { get; } = [];
    internal Dictionary<string, PayloadRoute> Commands { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, PayloadRoute> Views { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, PayloadRoute> ClosedViews { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, PayloadRoute> MessageShortcuts { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, PayloadRoute> GlobalShortcuts { get; } = new(StringComparer.Ordinal);

    /// <summary>A readable list of the routes, e.g. "event message → MomentListener", for start-up logs and tests.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        .. Events.Select(route => $"event {route.EventType} → {route.Listener.Name}"),
        .. Commands.Values.Select(route => $"command {route.Key} → {route.Listener.Name}"),
        .. Actions.Select(route => $"action {route.ActionIdPrefix}* → {route.Listener.Name}"),
        .. Views.Values.Select(route => $"view {route.Key} → {route.Listener.Name}"),
        .. ClosedViews.Values.Select(route => $"view_closed {route.Key} → {route.Listener.Name}"),
        .. MessageShortcuts.Values.Select(route => $"message_shortcut {route.Key} → {route.Listener.Name}"),
        .. GlobalShortcuts.Values.Select(route => $"global_shortcut {route.Key} → {route.Listener.Name}"),
    ];
}
