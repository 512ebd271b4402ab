using SlackBot.Features.Incidents;

namespace SlackBot.Features.Learn;

/// <summary>
/// What <c>/learn team …</c> asks for: names to add (separated by spaces or commas), <c>-name</c> to remove one, or
/// <c>none</c> on its own to clear them all. Words that cannot be a team name are <see cref="NotUnderstood"/>, and
/// then nothing changes.
/// </summary>
public sealed record TeamTagChange(IReadOnlyList<string> Add, IReadOnlyList<string> Remove, bool Clear, IReadOnlyList<string> NotUnderstood)
{
    public const string ClearWord = "none";

    public static TeamTagChange Parse(string arguments)
    {
        var words = (arguments ?? "").Split([' ', ',', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && string.Equals(words[0], ClearWord, StringComparison.OrdinalIgnoreCase)) return new([], [], true, []);

        var add = new List<string>();
        var remove = new List<string>();
        var bad = new List<string>();
        foreach (var word in words)
        {
            var removing = word.Length > 1 && word[0] == '-';
            var tag = IncidentTeams.Normalise(removing ? word[1..] : word);
            // "none" among other names is ambiguous (clear, or a team called none?): say so rather than guess.
            if (tag is null || tag == ClearWord) bad.Add(word);
            else if (removing) { if (!remove.Contains(tag)) remove.Add(tag); }
            else if (!add.Contains(tag)) add.Add(tag);
        }

        return new(add, remove, false, bad);
    }

    /// <summary>The tags after this change: current ones first (minus removals), then new ones, each once.</summary>
    public IReadOnlyList<string> ApplyTo(IReadOnlyList<string> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (Clear) return [];
        return current.Concat(Add).Where(tag => !Remove.Contains(tag)).Distinct(StringComparer.Ordinal).ToList();
    }
}
