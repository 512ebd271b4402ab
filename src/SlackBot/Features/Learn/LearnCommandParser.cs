namespace SlackBot.Features.Learn;

/// <summary>One <c>/learn</c> sub-command: its words, how to use it, and how to read its arguments.</summary>
public sealed record LearnSubcommand(string Name, string Usage, string Description, Func<string, LearnRequest?> Parse);

/// <summary>
/// Parses the text after <c>/learn</c>. The sub-commands are a table, so a new one is one more row; <c>help</c> is
/// generated from the same table. Anything not understood becomes <see cref="LearnRequest.Help"/> naming it.
/// </summary>
public static class LearnCommandParser
{
    public static IReadOnlyList<LearnSubcommand> Subcommands { get; } =
    [
        new("help", "help", "Show what /learn can do.", _ => new LearnRequest.Help()),
        new("start", "start [title]", "Treat this channel as an incident from now on; I listen quietly and ask afterwards.",
            arguments => new LearnRequest.Start(arguments.Length == 0 ? null : arguments)),
        new("resolve", "resolve", "Mark this channel's incident as resolved; questions follow after the cool-down.",
            arguments => arguments.Length == 0 ? new LearnRequest.Resolve() : null),
        new("findings", "findings", "List what was learned in this channel's incident (only you see it).",
            arguments => arguments.Length == 0 ? new LearnRequest.Findings() : null),
    ];

    public static LearnRequest Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return new LearnRequest.Help();

        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var word = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();

        var subcommand = Subcommands.FirstOrDefault(candidate => candidate.Name == word);
        return subcommand?.Parse(arguments) ?? new LearnRequest.Help(trimmed);
    }
}
