namespace SlackBot.Tests.Manifest;

/// <summary>
/// Compares what the manifest asks Slack to send with what the bot's route table handles
/// (<c>SlackRoutes.Describe()</c>: "event message → MomentListener", "command /learn → LearnCommand", ...). An event
/// the bot routes but does not subscribe to never arrives; one it subscribes to but never routes costs a scope and
/// traffic for nothing.
/// </summary>
internal static class ManifestRoutes
{
    /// <summary>Events the manifest may subscribe to before any listener handles them.</summary>
    public static IReadOnlyCollection<string> AllowedWithoutListener { get; } = ["app_home_opened"];

    /// <summary><c>message.channels</c>, <c>message.groups</c> and <c>message.im</c> all arrive as <c>message</c>.</summary>
    public static string RoutedType(string botEvent) => botEvent.StartsWith("message.", StringComparison.Ordinal) ? "message" : botEvent;

    public static IReadOnlyList<string> Problems(AppManifest manifest, IReadOnlyList<string> describedRoutes)
    {
        var routes = describedRoutes.Select(Parse).ToList();
        var problems = new List<string>();

        var routedEvents = routes.Where(route => route.Kind == "event")
            .GroupBy(route => route.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => string.Join(", ", group.Select(route => route.Listener).Distinct()), StringComparer.Ordinal);
        var subscribed = manifest.BotEvents.ToLookup(RoutedType, StringComparer.Ordinal);

        foreach (var (type, listeners) in routedEvents.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!subscribed.Contains(type))
                problems.Add(type == "message"
                    ? $"the bot routes message events (to {listeners}) but the manifest subscribes to no message.* event: add message.channels (and message.groups, message.im) to settings.event_subscriptions.bot_events."
                    : $"the bot routes {type} (to {listeners}) but the manifest does not subscribe to it, so Slack never sends it: add {type} to settings.event_subscriptions.bot_events.");
        }

        foreach (var botEvent in manifest.BotEvents)
        {
            if (!routedEvents.ContainsKey(RoutedType(botEvent)) && !AllowedWithoutListener.Contains(botEvent))
                problems.Add($"the manifest subscribes to {botEvent} but no listener handles {RoutedType(botEvent)}: remove it from settings.event_subscriptions.bot_events " +
                    "(or register a listener for it in the feature's AddXxx()).");
        }

        var routedCommands = routes.Where(route => route.Kind == "command").Select(route => route.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var declaredCommands = manifest.SlashCommands.Select(command => command.Command ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(routedCommands.Except(declaredCommands, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .Select(command => $"the bot handles {command} but the manifest does not declare it: add it to features.slash_commands."));
        problems.AddRange(declaredCommands.Except(routedCommands, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .Select(command => $"the manifest declares {command} but no listener handles it: remove it from features.slash_commands (Slack would show it and then time out)."));

        foreach (var (kind, type) in new[] { ("message_shortcut", "message"), ("global_shortcut", "global") })
        {
            var routedShortcuts = routes.Where(route => route.Kind == kind).Select(route => route.Key).ToHashSet(StringComparer.Ordinal);
            var declaredShortcuts = manifest.Shortcuts.Where(shortcut => shortcut.Type == type).Select(shortcut => shortcut.CallbackId ?? "").ToHashSet(StringComparer.Ordinal);
            problems.AddRange(routedShortcuts.Except(declaredShortcuts, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(callbackId => $"the bot handles the {type} shortcut {callbackId} but the manifest does not declare it: add it to features.shortcuts (type: {type}, callback_id: {callbackId})."));
            problems.AddRange(declaredShortcuts.Except(routedShortcuts, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(callbackId => $"the manifest declares the {type} shortcut {callbackId} but no listener handles it: remove it from features.shortcuts (Slack would show it and nothing would happen)."));
        }

        var interactive = routes.Where(route => route.Kind is "action" or "view" or "message_shortcut" or "global_shortcut").Select(route => route.Listener).Distinct().ToList();
        if (interactive.Count > 0 && manifest.Settings?.Interactivity?.IsEnabled != true)
            problems.Add($"the bot handles buttons, modals and shortcuts ({string.Join(", ", interactive)}) but interactivity is off: set settings.interactivity.is_enabled to true.");

        return problems;
    }

    /// <summary>"event message → MomentListener" → (event, message, MomentListener).</summary>
    private static (string Kind, string Key, string Listener) Parse(string described)
    {
        var arrow = described.IndexOf(" → ", StringComparison.Ordinal);
        var space = described.IndexOf(' ', StringComparison.Ordinal);
        if (arrow < 0 || space < 0 || space > arrow)
            throw new FormatException($"Unexpected route description '{described}': SlackRoutes.Describe() changed its format; update ManifestRoutes.Parse.");
        return (described[..space], described[(space + 1)..arrow], described[(arrow + 3)..]);
    }
}
