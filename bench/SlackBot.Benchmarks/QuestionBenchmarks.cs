using BenchmarkDotNet.Attributes;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Benchmarks;

/// <summary>
/// Choosing which of an incident's moments become questions (rounds by category, caps per person and incident) over
/// a busy incident's 200 candidates from 40 people, and composing one question from the bundled question bank.
/// </summary>
[MemoryDiagnoser]
public class QuestionBenchmarks
{
    private readonly QuestionTimingOptions _options = new();
    private MomentCandidate[] _candidates = [];
    private QuestionComposer _composer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(15);
        var categories = Enum.GetValues<MomentCategory>();
        _candidates = Enumerable.Range(0, 200).Select(i => new MomentCandidate(
            $"C0INC:1764600{i:D3}.000100", $"U0PERSON{random.Next(40):D2}", categories[random.Next(categories.Length)],
            Math.Round(random.NextDouble(), 3), $"1764600{i:D3}.000100")).ToArray();
        _composer = new QuestionComposer(QuestionBank.LoadDefault());
    }

    [Benchmark]
    public IReadOnlyList<MomentCandidate> Select_questions_of_an_incident() => QuestionSelection.Choose(_candidates, _options);

    [Benchmark]
    public ComposedQuestion Compose_one_question() =>
        _composer.Compose(MomentCategory.ScriptsAndTools, "I ran the one-off *backfill* script Dana wrote last year, it's in <https://git.example.com/ops|ops>",
            "U0PERSON07", "C0INC:1764600042.000100");
}
