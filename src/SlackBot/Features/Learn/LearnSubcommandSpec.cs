namespace SlackBot.Features.Learn;

/// <summary>Who may run a sub-command.</summary>
public enum LearnAccess
{
    Anyone,
    /// <summary>Changes state: only the people in <c>Learn:Facilitators</c> (everyone when that is empty).</summary>
    Facilitators,
}

/// <summary>Whether a sub-command takes words after its name.</summary>
public enum LearnArguments
{
    None,
    Optional,
    Required,
}

/// <summary>
/// How a sub-command presents itself: its name (one or more words, e.g. <c>digest preview</c>), the arguments in
/// its usage line (<c>&lt;text&gt;</c>, <c>[title]</c>), what it does, and an example that must parse to it.
/// </summary>
public sealed record LearnSubcommandSpec(
    string Name,
    string ArgumentsHint,
    string Description,
    string Example,
    LearnAccess Access = LearnAccess.Anyone,
    LearnArguments Takes = LearnArguments.None)
{
    /// <summary>The usage line after the command, e.g. <c>note &lt;text&gt;</c>.</summary>
    public string Usage => ArgumentsHint.Length == 0 ? Name : $"{Name} {ArgumentsHint}";

    public IReadOnlyList<string> NameWords { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
