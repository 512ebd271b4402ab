namespace SlackBot.Features.Findings.Search;

/// <summary>What bringing the index in line with the store did: rebuilt it whole, or patched what differed.</summary>
public sealed record IndexSynchronisation(bool Rebuilt, int Findings, int Added, int Updated, int Removed, TimeSpan Took);
