namespace SlackBot.Features.Incidents;

/// <summary>A resolution that a reopen undid: when and how the incident was resolved, and when and by whom it was reopened.</summary>
public sealed record PastResolution
{
    public DateTimeOffset ResolvedAt { get; init; }
    public ResolutionSource? ResolvedVia { get; init; }
    public string? ResolvedBy { get; init; }
    public DateTimeOffset ReopenedAt { get; init; }
    public string? ReopenedBy { get; init; }
}
