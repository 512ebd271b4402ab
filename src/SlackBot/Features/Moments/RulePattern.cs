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
    // Compiled: about three times the throughput of the interpreter once warm, for a one-off cost of a
    // second or two (JIT of ~120 patterns) the first time the table is used in a process.
    public static Regex Compile(string template)
    {
        var expanded = Placeholder().Replace(template, Expand);
        return new Regex(
            // Whole words: nothing word-like before, and after either a non-word or, when the pattern itself
            // ends by leading into the next word ("paging @", "we shipped a "), that space or sigil.
            $@"(?<![\w'])(?:{expanded})(?:(?<=[\s@#])|(?![\w']))",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
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
