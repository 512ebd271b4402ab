using System.Text.RegularExpressions;
using SlackBot.Features.Learn;
using SlackBot.Testing;

namespace SlackBot.Tests.Features.Learn;

/// <summary>
/// The README's <c>/learn</c> table and <c>help</c> describe the same sub-commands: the same usage lines, who may run
/// each, and an example that runs the sub-command it stands next to.
/// </summary>
public partial class ReadmeSubcommandTableTests
{
    private sealed record Row(string Usage, string Who, string Example);

    [Test]
    public void The_readme_lists_exactly_the_sub_commands_help_lists()
    {
        var rows = Rows();

        Assert.That(rows.Select(row => row.Usage), Is.EqualTo(RegisteredSubcommands.Specs.Select(spec => spec.Usage)),
            "the same sub-commands, in the order help lists them");
    }

    [Test]
    public void Each_row_says_who_may_run_it_and_gives_an_example_of_that_sub_command() =>
        Assert.Multiple(() =>
        {
            foreach (var row in Rows())
            {
                var spec = RegisteredSubcommands.Specs.FirstOrDefault(candidate => candidate.Usage == row.Usage);
                if (spec is null) continue;
                Assert.That(row.Who, Is.EqualTo(spec.Access == LearnAccess.Facilitators ? "facilitators" : "anyone"), row.Usage);
                var example = RegisteredSubcommands.Parser.Parse(row.Example);
                Assert.That(example is LearnParse.Run run ? run.Spec : null, Is.EqualTo(spec), $"the README's example for {row.Usage}: {row.Example}");
            }
        });

    private static List<Row> Rows()
    {
        var readme = Fixtures.Text("Docs/README.md");
        var section = readme[readme.IndexOf("\n## `/learn`", StringComparison.Ordinal)..];
        var end = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        if (end > 0) section = section[..end];
        var rows = TableRow().Matches(section)
            .Select(match => new Row(match.Groups["usage"].Value.Replace("\\|", "|", StringComparison.Ordinal), match.Groups["who"].Value.Trim(), match.Groups["example"].Value))
            .ToList();
        Assert.That(rows, Is.Not.Empty, "the README has a /learn table");
        return rows;
    }

    // | `/learn note <text>` | anyone | what it does | `/learn note the cache warms slowly` |  (a | inside code is written \|)
    [GeneratedRegex(@"^\| `/learn (?<usage>[^`]+)` \| (?<who>[a-z ]+) \| [^\n]*\| `/learn (?<example>[^`]+)` \|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
