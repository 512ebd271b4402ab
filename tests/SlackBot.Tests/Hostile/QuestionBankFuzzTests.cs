using System.Text;
using CsCheck;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// An organisation's question bank file (<c>Questions:BankPath</c>) is read at start-up: whatever it holds, the loader
/// either returns a bank or throws a <see cref="QuestionBankException"/> that says what is wrong, never anything else,
/// and never hangs on nesting or aliases.
/// </summary>
public class QuestionBankFuzzTests
{
    private const string Target = "question bank loader";

    private static readonly byte[][] Seeds =
    [
        Fixtures.Bytes("Questions/valid-bank.yml"),
        .. Fixtures.In("Questions/BadBanks").Concat(Fixtures.In("Questions/BadEntries")).Select(Fixtures.Bytes),
    ];

    [Test]
    public void Any_file_gives_a_bank_or_a_clear_refusal() =>
        Check.Sample(Gen.Frequency((6, HostileBytes.Mutated(Seeds)), (1, HostileBytes.Noise)), Load, iter: 1_500, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_files_give_a_bank_or_a_clear_refusal(byte[] input) => Load(input);

    [OneTimeTearDown]
    public void Report() => HostileRun.Report(Target);

    private static void Load(byte[] bytes)
    {
        var yaml = Encoding.UTF8.GetString(bytes);
        HostileRun.Guard(Target, bytes.Length, () =>
        {
            try
            {
                Assert.That(QuestionBank.Parse(yaml, "fuzz.yml").All, Is.Not.Empty);
            }
            catch (QuestionBankException refusal)
            {
                Assert.That(refusal.Message, Does.Contain("fuzz.yml"), "the refusal names the file");
            }
        });
    }
}
