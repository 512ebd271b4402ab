namespace SlackBot.Features.Workspace;

/// <summary>
/// What the bot last learned about each person, keyed by user id; <see cref="UserDirectory"/> decides when it is stale.
/// Every implementation keeps the contract in <c>docs/storage-contract.md</c> ("Channel and user caches").
/// </summary>
public interface IUserCache
{
    Task<PersonInfo?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="PersonInfo.Id"/>.</summary>
    Task SaveAsync(PersonInfo person, CancellationToken cancellationToken);
}
