namespace SlackBot.Features.Learn;

/// <summary>
/// Reads the text after <c>/learn</c> against the registered sub-commands: the longest name that the first words
/// match wins (<c>digest preview</c> over <c>digest</c>), case-insensitively. Total: any string gives a
/// <see cref="LearnParse"/>, never an exception.
/// </summary>
public sealed class LearnCommandParser
{
    private readonly IReadOnlyList<LearnSubcommandSpec> _specs;

    public LearnCommandParser(IReadOnlyList<LearnSubcommandSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        _specs = specs;
    }

    public IReadOnlyList<LearnSubcommandSpec> Specs => _specs;

    public LearnParse Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return new LearnParse.NotUnderstood(null, []);

        var words = Words(trimmed);
        LearnSubcommandSpec? best = null;
        foreach (var spec in _specs)
        {
            if (spec.NameWords.Count <= words.Count && (best is null || spec.NameWords.Count > best.NameWords.Count) && StartsWith(words, spec.NameWords))
                best = spec;
        }

        if (best is null)
        {
            var family = _specs.Where(spec => spec.NameWords.Count > 1 && Same(spec.NameWords[0], words[0].Word)).ToList();
            return new LearnParse.NotUnderstood(trimmed, family);
        }

        var arguments = best.NameWords.Count < words.Count ? trimmed[words[best.NameWords.Count].Start..].Trim() : "";
        return (best.Takes, arguments.Length) switch
        {
            (LearnArguments.None, > 0) => new LearnParse.WrongArguments(best, Missing: false),
            (LearnArguments.Required, 0) => new LearnParse.WrongArguments(best, Missing: true),
            _ => new LearnParse.Run(best, arguments),
        };
    }

    /// <summary>The sub-command a help topic names (<c>help note</c>, <c>help digest preview</c>), if any.</summary>
    public LearnSubcommandSpec? Find(string topic) =>
        Parse(topic) switch
        {
            LearnParse.Run run => run.Spec,
            LearnParse.WrongArguments wrong => wrong.Spec,
            _ => null,
        };

    private static bool StartsWith(List<(string Word, int Start)> words, IReadOnlyList<string> name)
    {
        for (var i = 0; i < name.Count; i++)
            if (!Same(words[i].Word, name[i])) return false;
        return true;
    }

    private static bool Same(string typed, string name) => string.Equals(typed, name, StringComparison.OrdinalIgnoreCase);

    private static List<(string Word, int Start)> Words(string text)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) words.Add((text[start..i], start));
        }

        return words;
    }
}
