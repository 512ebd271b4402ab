using CsCheck;
using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

/// <summary>Whatever people type after <c>/learn</c>, the parser answers with a decision and never throws.</summary>
public class LearnCommandParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        .. RegisteredSubcommands.Specs.SelectMany(spec => spec.NameWords).Distinct(),
        "<@U0ALICE|alice>", "<#C0INC1|inc-db>", "<#C0INC1>", "<!subteam^S0SRE|@sre>", "#inc-db", "@bob", "\"quoted phrase\"",
        " ", "  ", "\t", "\n", "\u00a0", "\u200b", "*", "<", ">", "|", "&amp;", "é", "🔥", "\u0000",
    ];

    private static readonly Gen<string> Typed = Gen.Frequency(
        (3, Gen.String),
        (4, Gen.OneOf(Pieces).Array[0, 12].Select(parts => string.Join(' ', parts))),
        (2, Gen.OneOf(Pieces).Array[0, 20].Select(string.Concat)),
        (1, Gen.Char.Array[1_000, 5_000].Select(chars => new string(chars))));

    [Test]
    public void No_input_makes_the_parser_throw_and_every_run_is_a_registered_sub_command_with_fitting_arguments() =>
        Check.Sample(Typed, text =>
        {
            var parsed = RegisteredSubcommands.Parser.Parse(text);
            switch (parsed)
            {
                case LearnParse.Run run:
                    Assert.That(RegisteredSubcommands.Specs, Does.Contain(run.Spec));
                    Assert.That(text, Does.Contain(run.Arguments), "arguments are the person's own words");
                    if (run.Spec.Takes == LearnArguments.None) Assert.That(run.Arguments, Is.Empty);
                    if (run.Spec.Takes == LearnArguments.Required) Assert.That(run.Arguments, Is.Not.Empty);
                    Assert.That(run.Arguments, Is.EqualTo(run.Arguments.Trim()));
                    break;
                case LearnParse.NotUnderstood notUnderstood:
                    Assert.That(notUnderstood.Unrecognised is null, Is.EqualTo(string.IsNullOrWhiteSpace(text)));
                    break;
                case LearnParse.WrongArguments wrong:
                    Assert.That(RegisteredSubcommands.Specs, Does.Contain(wrong.Spec));
                    break;
                default:
                    Assert.Fail($"unexpected parse {parsed}");
                    break;
            }
        }, iter: 3_000);

    [Test]
    public void Help_is_generated_for_any_input_without_throwing_and_never_pings() =>
        Check.Sample(Typed, text =>
        {
            var help = LearnHelp.Overview("/learn", RegisteredSubcommands.Specs, markFacilitatorOnly: true, text);
            Assert.That(help.Text, Does.Not.Contain("<!").And.Not.Contain("<@"), "what was typed is echoed escaped");
        }, iter: 1_000);
}
