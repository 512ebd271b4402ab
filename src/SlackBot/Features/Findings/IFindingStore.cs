namespace SlackBot.Features.Findings;

/// <summary>
/// Findings, the organisation's memory, keyed by <see cref="Finding.Id"/> (derived from their source). Every
/// implementation keeps the contract in <c>docs/storage-contract.md</c> ("Findings").
/// </summary>
public interface IFindingStore
{
    Task<Finding?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The incident's findings, oldest first (<see cref="Finding.CreatedAt"/>).</summary>
    Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>The findings drawn out by one question, oldest first.</summary>
    Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken);

    /// <summary>
    /// Findings created at or after <paramref name="from"/> and before <paramref name="to"/>, oldest first. Indexed
    /// (created time): digests read a few weeks of a store that holds years, never the whole of it.
    /// </summary>
    Task<IReadOnlyList<Finding>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Every finding, oldest first.</summary>
    Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="Finding.Id"/>.</summary>
    Task SaveAsync(Finding finding, CancellationToken cancellationToken);

    /// <summary>True when a finding was there to delete.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
