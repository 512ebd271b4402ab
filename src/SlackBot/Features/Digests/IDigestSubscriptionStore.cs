namespace SlackBot.Features.Digests;

/// <summary>
/// Digest subscriptions, keyed by <see cref="DigestSubscription.Id"/>. Every implementation keeps the contract in
/// <c>docs/storage-contract.md</c> ("Digests").
/// </summary>
public interface IDigestSubscriptionStore
{
    Task<DigestSubscription?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The channel's subscriptions, all teams first, then by team name.</summary>
    Task<IReadOnlyList<DigestSubscription>> InChannelAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Every subscription, oldest first (the scheduler asks on every pass; there are a few per team).</summary>
    Task<IReadOnlyList<DigestSubscription>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="DigestSubscription.Id"/>.</summary>
    Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken);

    /// <summary>True when there was a subscription to delete.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
