namespace SlackBot.Features.Findings.Search;

/// <summary>
/// What a person asked for: their words as typed (plain words, "quoted phrases"), how many hits at most, and which
/// restricted findings they may see.
/// </summary>
public sealed record SearchQuery(string Terms, SearchVisibility Visibility, int MaxHits = SearchQuery.DefaultMaxHits)
{
    public const int DefaultMaxHits = 10;

    /// <summary>More than this is not a search result but a dump; <see cref="MaxHits"/> is clamped to it.</summary>
    public const int MostHits = 50;

    public int HitLimit => Math.Clamp(MaxHits, 1, MostHits);
}
