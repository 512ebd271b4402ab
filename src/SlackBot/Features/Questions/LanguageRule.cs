using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>A phrasing pattern and what to say about it when it turns up.</summary>
internal sealed record LanguageRule(string Name, Regex Pattern, string Explanation)
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
        var pattern = new Regex(
            $@"(?<!\w)(?:{body})(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            // Literal alternatives with bounded lookarounds cannot backtrack badly; a timeout here would only ever fire
            // on a starved CPU, and turn an answer into a listener error.
            Regex.InfiniteMatchTimeout);
        return new LanguageRule(name, pattern, explanation);
    }
}
