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

    /// <summary>Incidents in this state, oldest start first.</summary>
    Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken);

    /// <summary>Every incident, oldest start first.</summary>
    Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="Incident.Id"/>.</summary>
    Task SaveAsync(Incident incident, CancellationToken cancellationToken);
}
