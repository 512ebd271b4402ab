namespace SlackBot.Features.Learn;

/// <summary>What the text after <c>/learn</c> turned out to be.</summary>
public abstract record LearnParse
{
    private protected LearnParse() { }

    /// <summary>A sub-command with arguments that fit it (trimmed; inner spacing and line breaks kept).</summary>
    public sealed record Run(LearnSubcommandSpec Spec, string Arguments) : LearnParse;

    /// <summary>
    /// Not a sub-command. <see cref="Unrecognised"/> is the text as typed (null for empty input);
    /// <see cref="Family"/> holds the sub-commands that share its first word (<c>digest …</c>), when there are any.
    /// </summary>
    public sealed record NotUnderstood(string? Unrecognised, IReadOnlyList<LearnSubcommandSpec> Family) : LearnParse;

    /// <summary>The right sub-command with arguments that do not fit: missing, or given to one that takes none.</summary>
    public sealed record WrongArguments(LearnSubcommandSpec Spec, bool Missing) : LearnParse;
}
