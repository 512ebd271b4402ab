using LiteDB;
using SlackBot.Features.Digests;

namespace SlackBot.Storage.LiteDb;

/// <summary>Digest subscriptions in LiteDB (collection <c>digest_subscriptions</c>).</summary>
public sealed class LiteDbDigestSubscriptionStore : IDigestSubscriptionStore
{
    private readonly ILiteCollection<DigestSubscription> _subscriptions;

    public LiteDbDigestSubscriptionStore(LiteDbDatabase database)
    {
        _subscriptions = database.Collection<DigestSubscription>(LiteDbCollections.DigestSubscriptions);
        _subscriptions.EnsureIndex(subscription => subscription.ChannelId);
    }

    public Task<DigestSubscription?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_subscriptions.FindById(id));

    public Task<IReadOnlyList<DigestSubscription>> InChannelAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.List(_subscriptions.Find(subscription => subscription.ChannelId == channelId)
            .OrderBy(subscription => subscription.Team is not null)
            .ThenBy(subscription => subscription.Team, StringComparer.Ordinal));

    public Task<IReadOnlyList<DigestSubscription>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_subscriptions.FindAll().OrderBy(subscription => subscription.CreatedAt));

    public Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        _subscriptions.Upsert(subscription);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_subscriptions.Delete(id));
}
