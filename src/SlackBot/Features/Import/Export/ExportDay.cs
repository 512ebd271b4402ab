namespace SlackBot.Features.Import.Export;

/// <summary>One day file of one channel, with its readable messages in time order.</summary>
/// <param name="Path">The file inside the export, e.g. "general/2026-11-05.json" (always '/'-separated).</param>
public sealed record ExportDay(DateOnly Date, string Path, IReadOnlyList<ExportMessage> Messages);
