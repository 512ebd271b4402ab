namespace SlackBot.Features.Import.Export;

/// <summary>Something in the export that could not be read, and what was done about it.</summary>
/// <param name="Path">The file inside the export, e.g. "inc-42/2026-11-05.json" (always '/'-separated).</param>
/// <param name="Reason">What is wrong and what was skipped, e.g. "message 3 has no ts; the message was skipped".</param>
public sealed record ExportProblem(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
