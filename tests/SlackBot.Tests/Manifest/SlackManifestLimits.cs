using System.Text.RegularExpressions;

namespace SlackBot.Tests.Manifest;

/// <summary>
/// Slack's own limits on a manifest (manifest.schema.1.0.0.json, summarised in §7 of the protocol brief). Each
/// problem names the field, what Slack allows and what to change, so that a failing test reads as an instruction.
/// </summary>
internal static partial class SlackManifestLimits
{
    public const int MaxSlashCommands = 50;
    public const int MaxBotEvents = 100;
    public const int MaxShortcuts = 10;

    [GeneratedRegex("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColour();

    [GeneratedRegex("^https?://", RegexOptions.CultureInvariant)]
    private static partial Regex HttpUrl();

    public static IReadOnlyList<string> Problems(AppManifest manifest)
    {
        var problems = new List<string>();

        if (manifest.Metadata?.MajorVersion != 1)
            problems.Add("_metadata.major_version must be 1: these rules are those of Slack's manifest schema 1.0.0.");

        if (manifest.DisplayInformation is not { } display)
        {
            problems.Add("display_information is required: add it with at least a name.");
        }
        else
        {
            Length(problems, "display_information.name", display.Name, 1, 35, required: true);
            if (display.Name?.Contains("slack", StringComparison.OrdinalIgnoreCase) == true)
                problems.Add($"display_information.name '{display.Name}' contains \"Slack\", which Slack does not allow in app names: rename the app.");
            Length(problems, "display_information.description", display.Description, 1, 140, required: false);
            Length(problems, "display_information.long_description", display.LongDescription, 175, 4000, required: false);
            if (display.BackgroundColor is { } colour && !HexColour().IsMatch(colour))
                problems.Add($"display_information.background_color '{colour}' must be a hex colour of 4–7 characters such as \"#1f4e5f\" (quote it: # starts a YAML comment).");
        }

        if (manifest.Features?.BotUser is { } bot)
            Length(problems, "features.bot_user.display_name", bot.DisplayName, 1, 80, required: true);

        if (manifest.Features?.SlashCommands is { } commands)
        {
            if (commands.Count is 0 or > MaxSlashCommands)
                problems.Add($"features.slash_commands has {commands.Count} entries; Slack accepts 1–{MaxSlashCommands}: remove the key or the extra commands.");
            foreach (var command in commands)
            {
                var name = command.Command ?? "(no command)";
                Length(problems, $"slash command {name}: command", command.Command, 2, 32, required: true);
                if (command.Command is { } text && !text.StartsWith('/'))
                    problems.Add($"slash command {name}: command must start with '/', e.g. /{text}.");
                Length(problems, $"slash command {name}: description", command.Description, 1, 2000, required: true);
                Length(problems, $"slash command {name}: usage_hint", command.UsageHint, 1, 1000, required: false);
                if (command.Url is { } url && !HttpUrl().IsMatch(url))
                    problems.Add($"slash command {name}: url '{url}' must start with http:// or https://.");
            }
        }

        if (manifest.Features?.Shortcuts is { } shortcuts)
        {
            if (shortcuts.Count is 0 or > MaxShortcuts)
                problems.Add($"features.shortcuts has {shortcuts.Count} entries; Slack accepts 1–{MaxShortcuts}: remove the key or the extra shortcuts.");
            foreach (var shortcut in shortcuts)
            {
                var name = shortcut.Name ?? "(no name)";
                Length(problems, $"shortcut {name}: name", shortcut.Name, 1, 24, required: true);
                if (shortcut.Type is not ("message" or "global"))
                    problems.Add($"shortcut {name}: type must be message or global, not '{shortcut.Type ?? "(none)"}'.");
                Length(problems, $"shortcut {name}: callback_id", shortcut.CallbackId, 1, 255, required: true);
                Length(problems, $"shortcut {name}: description", shortcut.Description, 1, 150, required: true);
            }

            problems.AddRange(shortcuts.GroupBy(shortcut => shortcut.CallbackId ?? "", StringComparer.Ordinal).Where(group => group.Count() > 1)
                .Select(group => $"shortcut callback_id {group.Key} is used {group.Count()} times: Slack tells them apart only by it, so give each its own."));
        }

        var events = manifest.BotEvents;
        if (events.Count > MaxBotEvents)
            problems.Add($"settings.event_subscriptions.bot_events has {events.Count} events; Slack accepts at most {MaxBotEvents}.");
        problems.AddRange(events.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1)
            .Select(group => $"bot event {group.Key} is listed {group.Count()} times: keep one."));
        problems.AddRange(manifest.BotScopes.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1)
            .Select(group => $"bot scope {group.Key} is listed {group.Count()} times: keep one."));

        if (manifest.Settings?.Interactivity is { IsEnabled: null })
            problems.Add("settings.interactivity.is_enabled is required whenever settings.interactivity is present: set it to true or false.");

        return problems;
    }

    private static void Length(List<string> problems, string field, string? value, int min, int max, bool required)
    {
        if (value is null)
        {
            if (required) problems.Add($"{field} is required ({min}–{max} characters): add it.");
            return;
        }

        if (value.Length < min || value.Length > max)
            problems.Add($"{field} is {value.Length} characters long; Slack accepts {min}–{max}: {(value.Length < min ? "write more" : "shorten it")}.");
    }
}
