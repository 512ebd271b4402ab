using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>A phrasing pattern and what to say about it when it turns up.</summary>
internal sealed partial record LanguageRule(string Name, Regex Pattern, string Explanation)
{
    public const string WhyQuestion = "why-question";
    public const string Counterfactual = "counterfactual";
    public const string Normative = "normative";
    public const string RootCause = "root-cause";
    public const string Blame = "blame";

    /// <summary>
    /// Builds a rule from alternatives written with plain spaces and straight apostrophes: a space matches
    /// any run of whitespace or hyphens, and the whole thing only matches on word boundaries, ignoring case. (The
    /// lookarounds some rules need rule out the non-backtracking engine.)
    /// </summary>
    public static LanguageRule Of(string name, string explanation, params string[] alternatives)
    {
        var body = string.Join('|', alternatives.Select(a => a.Replace(" ", @"[\s\-]+", StringComparison.Ordinal)));
        var pattern = $@"(?<!\w)(?:{body})(?!\w)";
        // Source-generated for every rule LanguageCheck has (LanguageRule.Generated.cs, written by
        // GeneratedPatternFilesTests); a rule just edited runs interpreted until the file is regenerated, and a test fails.
        var regex = Generated.TryGetValue(pattern, out var generated) ? generated() : new Regex(pattern, Options, Regex.InfiniteMatchTimeout);
        return new LanguageRule(name, regex, explanation);
    }

    // Literal alternatives with bounded lookarounds cannot backtrack badly; a timeout here would only ever fire on a
    // starved CPU, and turn an answer into a listener error: none (the generated regexes have none either).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
}
