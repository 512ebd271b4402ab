using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Inbound;

namespace SlackBot.Slack.Dispatch;

/// <summary>What routing one envelope produced: an answer for the acknowledgement (commands, modals) and any listener errors.</summary>
public sealed record RouteResult(JsonObject? Reply, IReadOnlyList<string> Errors);

/// <summary>
/// Hands a stored envelope to the listeners registered for it. The only place that switches on what Slack
/// sent; receivers translate, the dispatcher stores, this routes. A failing listener is logged and recorded;
/// the others still run.
/// </summary>
public sealed partial class SlackRouter(SlackRoutes routes, IServiceScopeFactory scopes, ILogger<SlackRouter> logger, BotIdentityAccessor? identity = null)
{
    public async Task<RouteResult> RouteAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        // While start-up is still learning who the bot is, wait: an event stored meanwhile passed the dispatcher's
        // early echo check unscreened, and listeners may need the identity.
        var bot = identity is null ? null : await identity.WhenReadyAsync(cancellationToken);
        using var document = JsonDocument.Parse(envelope.Payload);
        var payload = document.RootElement;
        if (envelope.Kind == EnvelopeKind.Event && bot is not null &&
            payload.TryGetProperty("event", out var innerEvent) && SelfEventFilter.IsOwnEcho(innerEvent, bot))
        {
            LogOwnEcho(envelope.Type, envelope.Id);
            return new RouteResult(null, []);
        }

        var errors = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;

        JsonObject? reply = null;
        switch (envelope.Kind)
        {
            case EnvelopeKind.Event:
                await RouteEventAsync(services, envelope, payload, errors, cancellationToken);
                break;
            case EnvelopeKind.Command:
                reply = await RouteCommandAsync(services, envelope, payload, errors, cancellationToken);
                break;
            case EnvelopeKind.Interaction:
                reply = await RouteInteractionAsync(services, envelope, payload, errors, cancellationToken);
                break;
        }

        return new RouteResult(reply, errors);
    }

    private async Task RouteEventAsync(
        IServiceProvider services, SlackEnvelope envelope, JsonElement payload, List<string> errors, CancellationToken ct)
    {
        var innerEvent = payload.GetProperty("event");
        var context = Context(envelope, payload.TryGetProperty("team_id", out var team) ? team.GetString() : null);
        var matched = false;
        foreach (var route in routes.Events.Where(route => route.EventType == envelope.Type))
        {
            matched = true;
            await RunAsync(route.Listener, envelope, errors, () => route.Invoke(services, innerEvent, context, ct));
        }

        if (!matched) LogUnrouted(envelope.Type, envelope.Id);
    }

    private async Task<JsonObject?> RouteCommandAsync(
        IServiceProvider services, SlackEnvelope envelope, JsonElement payload, List<string> errors, CancellationToken ct)
    {
        if (!routes.Commands.TryGetValue(envelope.Type, out var route))
        {
            LogUnrouted(envelope.Type, envelope.Id);
            return CommandReply.Ephemeral($"Sorry, this app does not handle {envelope.Type}.").ToJson();
        }

        JsonObject? reply = null;
        var ok = await RunAsync(route.Listener, envelope, errors, async () =>
            reply = await route.Invoke(services, payload, Context(envelope, TeamOf(payload)), ct));
        return ok
            ? reply
            : CommandReply.Ephemeral($"Sorry, something went wrong while handling {envelope.Type}. It has been logged; please try again.").ToJson();
    }

    private async Task<JsonObject?> RouteInteractionAsync(
        IServiceProvider services, SlackEnvelope envelope, JsonElement payload, List<string> errors, CancellationToken ct)
    {
        var context = Context(envelope, payload.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
            ? TeamOf(team, "id") : null);

        switch (envelope.Type)
        {
            case "block_actions":
                if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array) return null;
                foreach (var action in actions.EnumerateArray())
                {
                    var actionId = action.TryGetProperty("action_id", out var id) ? id.GetString() ?? "" : "";
                    var route = routes.Actions.FirstOrDefault(candidate => actionId.StartsWith(candidate.ActionIdPrefix, StringComparison.Ordinal));
                    if (route is null)
                    {
                        LogUnrouted("action " + actionId, envelope.Id);
                        continue;
                    }

                    await RunAsync(route.Listener, envelope, errors, () => route.Invoke(services, payload, action, context, ct));
                }

                return null;

            // A submission and a cancellation of the same modal go to different listeners: a closed modal is never an answer.
            case "view_submission" or "view_closed":
                var callbackId = payload.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.Object &&
                                 view.TryGetProperty("callback_id", out var callback) && callback.ValueKind == JsonValueKind.String
                    ? callback.GetString() ?? ""
                    : "";
                var viewRoutes = envelope.Type == "view_submission" ? routes.Views : routes.ClosedViews;
                if (!viewRoutes.TryGetValue(callbackId, out var viewRoute))
                {
                    LogUnrouted(envelope.Type + " " + callbackId, envelope.Id);
                    return null;
                }

                JsonObject? reply = null;
                await RunAsync(viewRoute.Listener, envelope, errors, async () =>
                    reply = await viewRoute.Invoke(services, payload, context, ct));
                return reply;

            // Shortcuts answer nothing in the acknowledgement: an empty 200, then the listener opens a modal or replies.
            case "message_action" or "shortcut":
                var shortcutId = payload.TryGetProperty("callback_id", out var shortcutCallback) && shortcutCallback.ValueKind == JsonValueKind.String
                    ? shortcutCallback.GetString() ?? ""
                    : "";
                var shortcutRoutes = envelope.Type == "message_action" ? routes.MessageShortcuts : routes.GlobalShortcuts;
                if (!shortcutRoutes.TryGetValue(shortcutId, out var shortcutRoute))
                {
                    LogUnrouted(envelope.Type + " " + shortcutId, envelope.Id);
                    return null;
                }

                await RunAsync(shortcutRoute.Listener, envelope, errors, () => shortcutRoute.Invoke(services, payload, context, ct));
                return null;

            default:
                LogUnrouted(envelope.Type, envelope.Id);
                return null;
        }
    }

    private async Task<bool> RunAsync(Type listener, SlackEnvelope envelope, List<string> errors, Func<Task> invoke)
    {
        try
        {
            await invoke();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogListenerFailed(exception, listener.Name, envelope.Type, envelope.Id);
            errors.Add($"{listener.Name}: {exception.GetType().Name}: {exception.Message}");
            return false;
        }
    }

    private static DeliveryContext Context(SlackEnvelope envelope, string? teamId) =>
        new(envelope.Id, envelope.ReceivedAt, envelope.RetryAttempt, teamId);

    private static string? TeamOf(JsonElement payload, string property = "team_id") =>
        payload.TryGetProperty(property, out var team) && team.ValueKind == JsonValueKind.String ? team.GetString() : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "{Listener} failed on {Type} ({EnvelopeId}); recorded on the envelope")]
    private partial void LogListenerFailed(Exception exception, string listener, string type, string envelopeId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No listener for {What} ({EnvelopeId})")]
    private partial void LogUnrouted(string what, string envelopeId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored the bot's own {Type} ({EnvelopeId}), stored before the identity was known")]
    private partial void LogOwnEcho(string type, string envelopeId);
}
