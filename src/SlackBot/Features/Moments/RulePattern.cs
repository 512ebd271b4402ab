using System.Text;
using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// Compiles the small pattern language the rule table is written in: plain lower-case regex, plus
/// <c>{class}</c> for a word class from <see cref="WordClasses"/> and <c>{~N}</c> for "up to N more words
/// in the same sentence". Every pattern matches whole words only.
/// </summary>
internal static partial class RulePattern
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// The rule's regex: source-generated for every rule in the table (RulePattern.Generated.cs, written by
    /// <c>GeneratedPatternFilesTests</c>), so the first message a process judges pays no regex compilation or JIT of
    /// ~120 dynamic methods. A template the file does not have yet (a rule just edited) runs interpreted until the
    /// file is regenerated; a test fails meanwhile.
    /// </summary>
    public static Regex Compile(string template)
    {
        var pattern = Expand(template);
        return Generated.TryGetValue(pattern, out var generated) ? generated() : new Regex(pattern, Options);
    }

    /// <summary>The full regex a template stands for.</summary>
    internal static string Expand(string template)
    {
        var expanded = Placeholder().Replace(template, Expand);
        // Whole words: nothing word-like before, and after either a non-word or, when the pattern itself
        // ends by leading into the next word ("paging @", "we shipped a "), that space or sigil.
        return $@"(?<![\w'])(?:{expanded})(?:(?<=[\s@#])|(?![\w']))";
    }

    private static string Expand(Match placeholder)
    {
        var name = placeholder.Groups["name"].Value;
        if (name.StartsWith('~'))
        {
            var words = int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return $@"(?:[^\s.!?;]+\s+){{0,{words}}}";
        }

        if (!WordClasses.All.TryGetValue(name, out var alternatives))
        {
            throw new InvalidOperationException($"Unknown word class '{{{name}}}' in a moment rule.");
        }

        var builder = new StringBuilder("(?:").Append(alternatives).Append(')');
        return builder.ToString();
    }

    [GeneratedRegex(@"\{(?<name>~\d+|[a-zA-Z]\w*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
