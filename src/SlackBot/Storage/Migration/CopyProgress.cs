namespace SlackBot.Storage.Migration;

/// <summary>How far a copy is: the part being copied (a collection), and how many of its documents are done.</summary>
public sealed record CopyProgress(string Part, int PartIndex, int PartCount, long Done, long Total);

/// <summary>One part's outcome: documents read from LiteDB, written to PostgreSQL, and found there already (kept as they were).</summary>
public sealed record CopiedPart(string Part, long Read, long Copied, long AlreadyThere);
