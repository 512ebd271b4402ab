namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// The bot's route table, read back from <c>SlackRoutes.Describe()</c> of a booted app ("event message → MomentListener",
/// "command /learn → LearnCommand", "action question:* → QuestionButtons", "view question_answer → AnswerModalListener",
/// "message_shortcut save_as_finding → SaveAsFindingShortcut"),
/// so that what counts as handled follows the product rather than a list in the tests.
/// </summary>
public sealed record RouteTable(
    IReadOnlySet<string> EventTypes,
    IReadOnlySet<string> Commands,
    IReadOnlySet<string> ActionPrefixes,
    IReadOnlySet<string> ViewCallbacks,
    IReadOnlySet<string> MessageShortcuts)
{
    public static RouteTable Parse(IEnumerable<string> described)
    {
        ArgumentNullException.ThrowIfNull(described);
        var keys = described
            .Select(line => line.Split(" → ", 2)[0].Split(' ', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0], parts => parts[1]);
        return new RouteTable(
            keys["event"].ToHashSet(StringComparer.Ordinal),
            keys["command"].ToHashSet(StringComparer.Ordinal),
            keys["action"].Select(prefix => prefix.TrimEnd('*')).ToHashSet(StringComparer.Ordinal),
            keys["view"].ToHashSet(StringComparer.Ordinal),
            keys["message_shortcut"].ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether a listener is registered for the sample's kind and type. Interactions count as handled when
    /// the route table has a route of their family: buttons for block_actions, modals for view submissions, message
    /// shortcuts for message_action.</summary>
    public bool Handles(RecordedSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Kind switch
        {
            RecordedKind.Event => EventTypes.Contains(sample.Type),
            RecordedKind.Command => Commands.Count > 0,
            _ => sample.Type switch
            {
                "block_actions" => ActionPrefixes.Count > 0,
                "view_submission" => ViewCallbacks.Count > 0,
                "message_action" => MessageShortcuts.Count > 0,
                _ => false,
            },
        };
    }
}
