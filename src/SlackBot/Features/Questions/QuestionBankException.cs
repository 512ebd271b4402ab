namespace SlackBot.Features.Questions;

/// <summary>
/// A question bank that cannot be used. The message names the bank's source and, for each problem, the
/// entry (by id, or by position when it has none) and what is wrong with it.
/// </summary>
public sealed class QuestionBankException : Exception
{
    public QuestionBankException(string sourceName, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(Describe(sourceName, problems), innerException)
    {
        SourceName = sourceName;
        Problems = problems;
    }

    /// <summary>Where the bank came from: the file path, or the name of the embedded resource.</summary>
    public string SourceName { get; }

    /// <summary>Each problem on its own, e.g. "entry 'scripts-origin' (#21, line 88): category 'scripts' is unknown".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string sourceName, IReadOnlyList<string> problems) => problems.Count switch
    {
        0 => $"Question bank {sourceName} cannot be used.",
        1 => $"Question bank {sourceName}: {problems[0]}",
        _ => $"Question bank {sourceName} has {problems.Count} problems:{Environment.NewLine}"
             + string.Join(Environment.NewLine, problems.Select(problem => "  - " + problem)),
    };
}
