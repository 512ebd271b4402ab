using System.Text.RegularExpressions;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Features;

/// <summary>
/// The moment rules and the language rules are composed from parts at start-up; their regexes are source-generated
/// from files these tests write. After editing a rule or a word class, regenerate:
/// <c>GENERATED_REGEX_WRITE=1 dotnet test tests/SlackBot.Tests --filter FullyQualifiedName~GeneratedPatternFiles</c>.
/// </summary>
public class GeneratedPatternFilesTests
{
    private const string Regenerate =
        "regenerate with GENERATED_REGEX_WRITE=1 dotnet test tests/SlackBot.Tests --filter FullyQualifiedName~GeneratedPatternFiles, then rebuild";

    private static bool Write => Environment.GetEnvironmentVariable("GENERATED_REGEX_WRITE") == "1";

    [Test]
    public void The_moment_rules_file_holds_exactly_the_rule_table() =>
        CheckOrWrite(
            GeneratedRegexFile.SourcePath("src", "SlackBot", "Features", "Moments", "RulePattern.Generated.cs"),
            GeneratedRegexFile.Write(
                "GeneratedPatternFilesTests from MomentRules and WordClasses",
                "SlackBot.Features.Moments",
                "internal static partial class RulePattern",
                "Options",
                MomentRules.All.Select(rule => rule.Pattern.ToString())));

    [Test]
    public void The_language_rules_file_holds_exactly_the_language_checks_rules() =>
        CheckOrWrite(
            GeneratedRegexFile.SourcePath("src", "SlackBot", "Features", "Questions", "LanguageRule.Generated.cs"),
            GeneratedRegexFile.Write(
                "GeneratedPatternFilesTests from LanguageCheck",
                "SlackBot.Features.Questions",
                "internal sealed partial record LanguageRule",
                "Options, Timeout.Infinite",
                LanguageCheck.AllRules.Select(rule => rule.Pattern.ToString())));

    [Test]
    public void Every_moment_rule_runs_a_source_generated_regex_with_the_rule_options()
    {
        Assert.That(MomentRules.All.Where(rule => !IsSourceGenerated(rule.Pattern)).Select(rule => rule.Pattern.ToString()), Is.Empty, Regenerate);
        Assert.That(MomentRules.All.Select(rule => rule.Pattern.Options).Distinct(),
            Is.EqualTo(new[] { RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture }));
    }

    [Test]
    public void Every_language_rule_runs_a_source_generated_regex_ignoring_case_without_a_timeout()
    {
        Assert.That(LanguageCheck.AllRules.Where(rule => !IsSourceGenerated(rule.Pattern)).Select(rule => rule.Name), Is.Empty, Regenerate);
        Assert.That(LanguageCheck.AllRules.Select(rule => (rule.Pattern.Options, rule.Pattern.MatchTimeout)).Distinct(),
            Is.EqualTo(new[] { (RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout) }));
    }

    [Test]
    public void A_template_the_file_does_not_hold_yet_still_matches_as_written()
    {
        var regex = RulePattern.Compile("{strange} new rule nobody generated");

        Assert.Multiple(() =>
        {
            Assert.That(IsSourceGenerated(regex), Is.False);
            Assert.That(regex.IsMatch("so odd new rule nobody generated here"), Is.True);
            Assert.That(regex.IsMatch("oddnew rule nobody generated"), Is.False);
        });
    }

    // The generator emits a class derived from Regex; a pattern compiled at run time is a Regex itself.
    private static bool IsSourceGenerated(Regex regex) => regex.GetType() != typeof(Regex);

    private static void CheckOrWrite(string path, string expected)
    {
        if (Write)
        {
            File.WriteAllText(path, expected);
            Assert.Pass($"wrote {path}");
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)", Is.EqualTo(expected), Regenerate);
    }
}
