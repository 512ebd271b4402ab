namespace SlackBot.Features.Ideas;

/// <summary>
/// Fix ideas, keyed by <see cref="Idea.Id"/>. Every implementation keeps the contract in <c>docs/storage-contract.md</c>
/// ("Ideas") and passes the contract tests.
/// </summary>
public interface IIdeaStore
{
    Task<Idea?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The incident's ideas, oldest first (<see cref="Idea.CreatedAt"/>). Indexed.</summary>
    Task<IReadOnlyList<Idea>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Every idea, oldest first.</summary>
    Task<IReadOnlyList<Idea>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="Idea.Id"/>.</summary>
    Task SaveAsync(Idea idea, CancellationToken cancellationToken);
}
