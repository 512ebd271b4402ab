using SlackBot.Slack.Api;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Dispatch.Interactions;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Registers small typed listeners, each resolved from a fresh DI scope per delivery:
/// <c>slack.OnMessage&lt;MomentListener&gt;().OnCommand&lt;LearnCommand&gt;("/learn")</c>.
/// </summary>
public sealed class SlackRouteBuilder(IServiceCollection services, SlackRoutes routes)
{
    public IServiceCollection Services => services;

    /// <summary>Listens to an Events API event type, read into <typeparamref name="TEvent"/>.</summary>
    public SlackRouteBuilder OnEvent<TEvent, TListener>(string eventType)
        where TListener : class, IEventListener<TEvent>
    {
        services.TryAddScoped<TListener>();
        routes.Events.Add(new EventRoute(eventType, typeof(TListener), static (provider, json, context, ct) =>
        {
            var slackEvent = json.Deserialize<TEvent>(SlackJson.Options)
                ?? throw new JsonException($"The {typeof(TEvent).Name} payload is empty.");
            return provider.GetRequiredService<TListener>().HandleAsync(slackEvent, context, ct);
        }));
        return this;
    }

    /// <summary>Listens to <c>message</c> events (all subtypes: the listener decides which it cares about).</summary>
    public SlackRouteBuilder OnMessage<TListener>() where TListener : class, IEventListener<MessageEvent> =>
        OnEvent<MessageEvent, TListener>("message");

    public SlackRouteBuilder OnCommand<TListener>(string command) where TListener : class, ICommandListener
    {
        if (!command.StartsWith('/')) throw new ArgumentException("A slash command starts with '/'.", nameof(command));
        services.TryAddScoped<TListener>();
        routes.Commands.Add(command, new PayloadRoute(command, typeof(TListener), static async (provider, json, context, ct) =>
        {
            var slashCommand = json.Deserialize<SlashCommand>(SlackJson.Options)
                ?? throw new JsonException("The slash command payload is empty.");
            var reply = await provider.GetRequiredService<TListener>().HandleAsync(slashCommand, context, ct);
            return reply?.ToJson();
        }));
        return this;
    }

    /// <summary>Listens to block actions whose <c>action_id</c> starts with <paramref name="actionIdPrefix"/>.</summary>
    public SlackRouteBuilder OnBlockAction<TListener>(string actionIdPrefix) where TListener : class, IBlockActionListener
    {
        services.TryAddScoped<TListener>();
        routes.Actions.Add(new ActionRoute(actionIdPrefix, typeof(TListener), static (provider, payload, action, context, ct) =>
        {
            var actions = payload.Deserialize<BlockActionsPayload>(SlackJson.Options)
                ?? throw new JsonException("The block_actions payload is empty.");
            var pressed = action.Deserialize<BlockAction>(SlackJson.Options)
                ?? throw new JsonException("The action is empty.");
            return provider.GetRequiredService<TListener>().HandleAsync(actions, pressed, context, ct);
        }));
        return this;
    }

    /// <summary>Listens to submissions of modals opened with <paramref name="callbackId"/>.</summary>
    public SlackRouteBuilder OnViewSubmission<TListener>(string callbackId) where TListener : class, IViewSubmissionListener
    {
        services.TryAddScoped<TListener>();
        routes.Views.Add(callbackId, new PayloadRoute(callbackId, typeof(TListener), static async (provider, json, context, ct) =>
        {
            var submission = json.Deserialize<ViewSubmissionPayload>(SlackJson.Options)
                ?? throw new JsonException("The view_submission payload is empty.");
            var result = await provider.GetRequiredService<TListener>().HandleAsync(submission, context, ct);
            return result.ToAckPayload();
        }));
        return this;
    }

    /// <summary>Listens to cancellations of modals opened with <paramref name="callbackId"/> and <c>notify_on_close</c>.</summary>
    public SlackRouteBuilder OnViewClosed<TListener>(string callbackId) where TListener : class, IViewClosedListener
    {
        services.TryAddScoped<TListener>();
        routes.ClosedViews.Add(callbackId, new PayloadRoute(callbackId, typeof(TListener), static async (provider, json, context, ct) =>
        {
            var closed = json.Deserialize<ViewClosedPayload>(SlackJson.Options)
                ?? throw new JsonException("The view_closed payload is empty.");
            await provider.GetRequiredService<TListener>().HandleAsync(closed, context, ct);
            return null;
        }));
        return this;
    }

    /// <summary>Listens to the message shortcut with <paramref name="callbackId"/> (declared under <c>features.shortcuts</c>, type message).</summary>
    public SlackRouteBuilder OnMessageShortcut<TListener>(string callbackId) where TListener : class, IMessageShortcutListener
    {
        ArgumentException.ThrowIfNullOrEmpty(callbackId);
        services.TryAddScoped<TListener>();
        routes.MessageShortcuts.Add(callbackId, new PayloadRoute(callbackId, typeof(TListener), static async (provider, json, context, ct) =>
        {
            var shortcut = json.Deserialize<MessageShortcutPayload>(SlackJson.Options)
                ?? throw new JsonException("The message_action payload is empty.");
            await provider.GetRequiredService<TListener>().HandleAsync(shortcut, context, ct);
            return null;
        }));
        return this;
    }

    /// <summary>Listens to the global shortcut with <paramref name="callbackId"/> (declared under <c>features.shortcuts</c>, type global).</summary>
    public SlackRouteBuilder OnGlobalShortcut<TListener>(string callbackId) where TListener : class, IGlobalShortcutListener
    {
        ArgumentException.ThrowIfNullOrEmpty(callbackId);
        services.TryAddScoped<TListener>();
        routes.GlobalShortcuts.Add(callbackId, new PayloadRoute(callbackId, typeof(TListener), static async (provider, json, context, ct) =>
        {
            var shortcut = json.Deserialize<GlobalShortcutPayload>(SlackJson.Options)
                ?? throw new JsonException("The shortcut payload is empty.");
            await provider.GetRequiredService<TListener>().HandleAsync(shortcut, context, ct);
            return null;
        }));
        return this;
    }
}
