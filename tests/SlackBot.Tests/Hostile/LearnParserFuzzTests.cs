using System.Text;
using CsCheck;
using SlackBot.Features.Learn;
using SlackBot.Tests.Features.Learn;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// The corpus and mutated real commands through the <c>/learn</c> parser and the help it answers with (which echoes
/// what was typed): no throw, no hang, and the echo never pings. The parser's own properties are in
/// <see cref="LearnCommandParserPropertyTests"/>.
/// </summary>
public class LearnParserFuzzTests
{
    private const string Target = "/learn parser";

    private static readonly byte[][] Seeds =
    [
        .. new[]
        {
            "note the cache <!channel> filled up", "search \"worker restart\" -cache", "ask <@U0ALICE|alice> how did the fallback work",
            "digest subscribe <#C0CHAT|team-payments>", "team <!subteam^S0SRE|@sre>", "settings timing live", "start", "resolve all good",
            "export", "prep", "findings", "questions", "ideas", "idea add a runbook", "help", "status", "reopen", "digest preview",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    [Test]
    public void Typed_text_always_parses_and_the_echo_never_pings() =>
        Check.Sample(Gen.Frequency((5, HostileBytes.Mutated(Seeds)), (1, HostileBytes.Noise)), Parse, iter: 2_500, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_text_always_parses_and_the_echo_never_pings(byte[] input) => Parse(input);

    [OneTimeTearDown]
    public void Report() => HostileRun.Report(Target);

    private static void Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        HostileRun.Guard(Target, bytes.Length, () =>
        {
            Assert.That(RegisteredSubcommands.Parser.Parse(text), Is.Not.Null);
            var help = LearnHelp.Overview("/learn", RegisteredSubcommands.Specs, markFacilitatorOnly: true, text);
            Assert.That(help.Text, Does.Not.Contain("<!").And.Not.Contain("<@").And.Not.Contain("<http"));
        });
    }
}
