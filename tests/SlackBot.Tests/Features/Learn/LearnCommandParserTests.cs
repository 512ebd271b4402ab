using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

public class LearnCommandParserTests
{
    private static IEnumerable<TestCaseData> Registered() =>
        RegisteredSubcommands.Specs.Select(spec => new TestCaseData(spec).SetArgDisplayNames(spec.Name));

    [TestCaseSource(nameof(Registered))]
    public void Every_example_runs_the_sub_command_it_illustrates(LearnSubcommandSpec spec)
    {
        var parsed = RegisteredSubcommands.Parser.Parse(spec.Example);

        Assert.That(parsed, Is.InstanceOf<LearnParse.Run>(), $"'{spec.Example}' is a runnable example");
        Assert.That(((LearnParse.Run)parsed).Spec, Is.EqualTo(spec), "the example shows this sub-command, not another");
    }

    [Test]
    public void Names_and_usage_lines_are_unique_and_described() =>
        Assert.Multiple(() =>
        {
            Assert.That(RegisteredSubcommands.Specs.Select(spec => spec.Name.ToLowerInvariant()), Is.Unique);
            Assert.That(RegisteredSubcommands.Specs, Has.All.Matches<LearnSubcommandSpec>(spec => spec.Description.Length is > 10 and <= 150), "a one-line description");
            Assert.That(RegisteredSubcommands.Specs.Where(spec => spec.Takes == LearnArguments.None), Has.All.Matches<LearnSubcommandSpec>(spec => spec.ArgumentsHint.Length == 0),
                "a sub-command that takes nothing shows nothing after its name");
            Assert.That(RegisteredSubcommands.Specs.Where(spec => spec.Takes != LearnArguments.None), Has.All.Matches<LearnSubcommandSpec>(spec => spec.ArgumentsHint.Length > 0));
        });

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \t\n ")]
    public void Empty_input_is_not_understood_without_naming_anything(string? text) =>
        Assert.That(RegisteredSubcommands.Parser.Parse(text), Is.EqualTo(new LearnParse.NotUnderstood(null, [])).Using<LearnParse>(SameParse));

    [TestCase("frobnicate", "frobnicate")]
    [TestCase("  notes about the db ", "notes about the db")]
    [TestCase("startle", "startle")]
    public void Unknown_words_are_named_back(string text, string named)
    {
        var parsed = RegisteredSubcommands.Parser.Parse(text) as LearnParse.NotUnderstood;

        Assert.That(parsed, Is.Not.Null);
        Assert.That(parsed!.Unrecognised, Is.EqualTo(named));
    }

    [Test]
    public void Names_match_whatever_the_case_and_spacing_and_arguments_keep_their_lines()
    {
        var parsed = RegisteredSubcommands.Parser.Parse("  START   Checkout latency\n after the deploy  ");

        Assert.That(parsed, Is.InstanceOf<LearnParse.Run>());
        var run = (LearnParse.Run)parsed;
        Assert.Multiple(() =>
        {
            Assert.That(run.Spec.Name, Is.EqualTo("start"));
            Assert.That(run.Arguments, Is.EqualTo("Checkout latency\n after the deploy"));
        });
    }

    [Test]
    public void The_longest_matching_name_wins_and_a_family_word_alone_lists_its_members()
    {
        LearnSubcommandSpec digest = new("digest", "[#channel]", "Show the digest of a channel.", "digest", Takes: LearnArguments.Optional);
        LearnSubcommandSpec preview = new("digest preview", "", "Preview this week's digest.", "digest preview");
        LearnSubcommandSpec list = new("digest list", "", "List the subscribed channels.", "digest list");
        var parser = new LearnCommandParser([digest, preview, list]);

        Assert.Multiple(() =>
        {
            Assert.That(((LearnParse.Run)parser.Parse("Digest  Preview")).Spec, Is.EqualTo(preview));
            Assert.That(((LearnParse.Run)parser.Parse("digest #team")).Spec, Is.EqualTo(digest));
            Assert.That(((LearnParse.Run)parser.Parse("digest #team")).Arguments, Is.EqualTo("#team"));
        });

        var registered = RegisteredSubcommands.Parser.Parse("digest") as LearnParse.NotUnderstood;
        Assert.That(registered?.Family.Select(spec => spec.Name), Is.EquivalentTo(new[] { "digest preview", "digest subscribe", "digest unsubscribe", "digest list" }));
        var wrong = RegisteredSubcommands.Parser.Parse("digest weekly") as LearnParse.NotUnderstood;
        Assert.That(wrong?.Family, Has.Count.EqualTo(4), "a wrong second word still shows the family");
    }

    [Test]
    public void Arguments_that_do_not_fit_are_a_usage_problem_not_a_run()
    {
        LearnSubcommandSpec note = new("note", "<text>", "Keep a finding.", "note the cache warms slowly", Takes: LearnArguments.Required);
        var parser = new LearnCommandParser([note, RegisteredSubcommands.Named("resolve")]);

        Assert.Multiple(() =>
        {
            Assert.That(parser.Parse("note"), Is.EqualTo(new LearnParse.WrongArguments(note, Missing: true)));
            Assert.That(parser.Parse("note   "), Is.EqualTo(new LearnParse.WrongArguments(note, Missing: true)));
            Assert.That(parser.Parse("resolve it now"), Is.EqualTo(new LearnParse.WrongArguments(RegisteredSubcommands.Named("resolve"), Missing: false)));
        });
    }

    [Test]
    public void Help_topics_find_sub_commands_by_their_whole_name() =>
        Assert.Multiple(() =>
        {
            Assert.That(RegisteredSubcommands.Parser.Find("start"), Is.EqualTo(RegisteredSubcommands.Named("start")));
            Assert.That(RegisteredSubcommands.Parser.Find("resolve"), Is.EqualTo(RegisteredSubcommands.Named("resolve")), "found even though 'resolve' alone takes nothing");
            Assert.That(RegisteredSubcommands.Parser.Find("digest preview"), Is.EqualTo(RegisteredSubcommands.Named("digest preview")));
            Assert.That(RegisteredSubcommands.Parser.Find("frobnicate"), Is.Null);
        });

    [Test]
    public void Registering_two_sub_commands_with_one_name_stops_start_up()
    {
        var start = RegisteredSubcommands.Named("start");
        var registrations = new[] { new LearnRegistration(start, typeof(object)), new LearnRegistration(start with { Description = "Another start." }, typeof(string)) };

        Assert.That(() => new LearnCatalog(registrations), Throws.InvalidOperationException.With.Message.Contains("start"));
    }

    private static bool SameParse(LearnParse left, LearnParse right) =>
        (left, right) switch
        {
            (LearnParse.NotUnderstood a, LearnParse.NotUnderstood b) => a.Unrecognised == b.Unrecognised && a.Family.SequenceEqual(b.Family),
            _ => Equals(left, right),
        };
}
