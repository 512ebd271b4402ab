namespace SlackBot.Features.Incidents;

/// <summary>
/// Incidents, one document per incident keyed by <see cref="Incident.Id"/>. Every implementation keeps the contract in
/// <c>docs/storage-contract.md</c> ("Incidents") and passes the contract tests.
/// </summary>
public interface IIncidentStore
{
    Task<Incident?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The channel's most recently started incident, whatever its state.</summary>
    Task<Incident?> LatestInAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>The channel's most recently started active incident.</summary>
    Task<Incident?> ActiveInAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>The channel's incident whose span (start to resolution, open while active) holds <paramref name="at"/>; the latest should spans overlap.</summary>
    Task<Incident?> SpanningInAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The channel's first incident, whatever its state.</summary>
    Task<Incident?> EarliestInAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>
    /// Resolved incidents (not imported) whose questions are not planned yet, resolved at or before
    /// <paramref name="resolvedBy"/>, oldest resolution first. Indexed: never a scan of every incident.
    /// </summary>
    Task<IReadOnlyList<Incident>> AwaitingQuestionsAsync(DateTimeOffset resolvedBy, CancellationToken cancellationToken);

    /// <summary>Incidents in this state, oldest start first.</summary>
    Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken);

    /// <summary>Incidents started at or after <paramref name="from"/> and before <paramref name="to"/>, oldest first. Indexed (start time).</summary>
    Task<IReadOnlyList<Incident>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Every incident, oldest start first.</summary>
    Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="Incident.Id"/>.</summary>
    Task SaveAsync(Incident incident, CancellationToken cancellationToken);
}
