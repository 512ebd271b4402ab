namespace SlackBot.Features.Import.Export;

/// <summary>
/// The problems found so far. Reading a channel twice finds the same faults again; each is kept once.
/// </summary>
internal sealed class ExportProblemLog
{
    private readonly List<ExportProblem> problems = [];
    private readonly HashSet<ExportProblem> seen = [];
    private ExportProblem[]? snapshot;

    /// <summary>A copy, so that callers may enumerate it while more files are being read.</summary>
    public IReadOnlyList<ExportProblem> Snapshot => snapshot ??= [.. problems];

    public void Add(string path, string reason)
    {
        var problem = new ExportProblem(path, reason);
        if (!seen.Add(problem)) return;

        problems.Add(problem);
        snapshot = null;
    }
}
