namespace SlackBot.Features.Import.Export;

/// <summary>
/// A file shared in a message. Only its identity is kept: exports rarely contain the bytes, and files
/// past a plan's storage limit appear with an id and nothing else.
/// </summary>
public sealed record ExportFile(string? Id, string? Name, string? Title);
