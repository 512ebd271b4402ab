namespace SlackBot.Features.Findings;

/// <summary>
/// Findings, the organisation's memory, keyed by <see cref="Finding.Id"/> (derived from their source), and the
/// withdrawals that keep withdrawn ones from coming back. Every implementation keeps the contract in
/// <c>docs/storage-contract.md</c> ("Findings").
/// </summary>
public interface IFindingStore
{
    Task<Finding?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The incident's findings, oldest first (<see cref="Finding.CreatedAt"/>).</summary>
    Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>The findings drawn out by one question, oldest first.</summary>
    Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken);

    /// <summary>One person's findings, newest first, at most <paramref name="max"/>. Indexed (author).</summary>
    Task<IReadOnlyList<Finding>> ByAuthorAsync(string authorId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Findings created at or after <paramref name="from"/> and before <paramref name="to"/>, oldest first. Indexed
    /// (created time): digests read a few weeks of a store that holds years, never the whole of it.
    /// </summary>
    Task<IReadOnlyList<Finding>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// The theme tallies (<see cref="FindingThemeTally.Of"/>) of the findings created in the UTC hours that start at or
    /// after <paramref name="from"/> and before <paramref name="to"/>, oldest hour first. Costs what a few tallies cost,
    /// not what the findings do: a digest's trend and chart count eight weeks this way.
    /// </summary>
    Task<IReadOnlyList<FindingThemeTally>> ThemeTalliesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Every finding, oldest first.</summary>
    Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts by <see cref="Finding.Id"/>; false (and nothing written) when that id was withdrawn, so no writer can
    /// bring a withdrawn finding back.
    /// </summary>
    Task<bool> SaveAsync(Finding finding, CancellationToken cancellationToken);

    /// <summary>True when a finding was there to delete.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the finding and keeps the withdrawal, in one atomic write. Withdrawing an id again keeps the first
    /// withdrawal; true when this call withdrew it.
    /// </summary>
    Task<bool> WithdrawAsync(FindingWithdrawal withdrawal, CancellationToken cancellationToken);

    /// <summary>The withdrawal of this finding id, or null when it was never withdrawn.</summary>
    Task<FindingWithdrawal?> WithdrawalAsync(string id, CancellationToken cancellationToken);
}
