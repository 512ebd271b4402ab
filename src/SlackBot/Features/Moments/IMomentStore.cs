namespace SlackBot.Features.Moments;

/// <summary>
/// Learning moments, keyed by channel and ts (<see cref="Moment.IdFor"/>): one moment per message. Every implementation
/// keeps the contract in <c>docs/storage-contract.md</c> ("Moments").
/// </summary>
public interface IMomentStore
{
    Task<Moment?> FindAsync(string id, CancellationToken cancellationToken);

    Task<Moment?> FindAsync(string channelId, string ts, CancellationToken cancellationToken) =>
        FindAsync(Moment.IdFor(channelId, ts), cancellationToken);

    /// <summary>The incident's moments, in the order they were written in Slack (<see cref="Moment.At"/>).</summary>
    Task<IReadOnlyList<Moment>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>The incident's moments as outlines, in <see cref="ForIncidentAsync"/>'s order; reads no text.</summary>
    Task<IReadOnlyList<MomentOutline>> OutlinesForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Every moment, oldest first.</summary>
    Task<IReadOnlyList<Moment>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="Moment.Id"/>.</summary>
    Task SaveAsync(Moment moment, CancellationToken cancellationToken);

    /// <summary>True when a moment was there to delete.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
