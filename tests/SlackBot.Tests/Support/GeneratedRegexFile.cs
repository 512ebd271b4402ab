using System.Globalization;
using System.Text;

namespace SlackBot.Tests.Support;

/// <summary>
/// Writes the C# of a table of source-generated regexes for patterns the product composes from smaller parts (the
/// moment rules, the language rules): one <c>[GeneratedRegex]</c> per pattern and a dictionary from pattern to regex,
/// so the product looks each composed pattern up instead of compiling it at run time.
/// </summary>
internal static class GeneratedRegexFile
{
    /// <param name="declaration">The partial type the table belongs to, as declared ("internal static partial class RulePattern").</param>
    /// <param name="attributeTail">What follows the pattern in each attribute: the options, and the timeout if any.</param>
    public static string Write(string writtenBy, string @namespace, string declaration, string attributeTail, IEnumerable<string> patterns)
    {
        var distinct = patterns.Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"// Written by {writtenBy}; do not edit by hand.\n")
            .Append("using System.Text.RegularExpressions;\n\n")
            .Append(CultureInfo.InvariantCulture, $"namespace {@namespace};\n\n")
            .Append(CultureInfo.InvariantCulture, $"{declaration}\n{{\n")
            .Append("    private static readonly Dictionary<string, Func<Regex>> Generated = new(StringComparer.Ordinal)\n    {\n");
        for (var i = 0; i < distinct.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        [{PatternName(i)}] = {RegexName(i)},\n");
        }

        text.Append("    };\n");
        for (var i = 0; i < distinct.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    private const string {PatternName(i)} = @\"{distinct[i].Replace("\"", "\"\"", StringComparison.Ordinal)}\";\n")
                .Append(CultureInfo.InvariantCulture, $"\n    [GeneratedRegex({PatternName(i)}, {attributeTail})]\n")
                .Append(CultureInfo.InvariantCulture, $"    private static partial Regex {RegexName(i)}();\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The file in the source tree (found from the test binaries by walking up to the solution).</summary>
    public static string SourcePath(params string[] parts)
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SlackBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new DirectoryNotFoundException("SlackBot.sln not found above the test binaries."), .. parts]);
    }

    private static string PatternName(int index) => "Pattern" + (index + 1).ToString("D3", CultureInfo.InvariantCulture);

    private static string RegexName(int index) => "Regex" + (index + 1).ToString("D3", CultureInfo.InvariantCulture);
}
