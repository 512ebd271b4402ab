using LiteDB;
using SlackBot.Features.Digests;

namespace SlackBot.Storage.LiteDb;

/// <summary>Sent digests and their pulse votes in LiteDB (collections <c>sent_digests</c>, <c>digest_votes</c>).</summary>
public sealed class LiteDbSentDigestStore : ISentDigestStore
{
    private readonly ILiteCollection<SentDigest> _digests;
    private readonly ILiteCollection<DigestVote> _votes;

    public LiteDbSentDigestStore(LiteDbDatabase database)
    {
        _digests = database.Collection<SentDigest>(LiteDbCollections.SentDigests);
        _digests.EnsureIndex(digest => digest.SubscriptionId);
        _votes = database.Collection<DigestVote>(LiteDbCollections.DigestVotes);
        _votes.EnsureIndex(vote => vote.DigestId);
    }

    public Task<SentDigest?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_digests.FindById(id));

    public Task<IReadOnlyList<SentDigest>> LatestAsync(string subscriptionId, int max, CancellationToken cancellationToken) =>
        Completed.List(_digests.Find(digest => digest.SubscriptionId == subscriptionId).OrderByDescending(digest => digest.PeriodStart).Take(max));

    public Task SaveAsync(SentDigest digest, CancellationToken cancellationToken)
    {
        _digests.Upsert(digest);
        return Task.CompletedTask;
    }

    public Task SaveVoteAsync(DigestVote vote, CancellationToken cancellationToken)
    {
        _votes.Upsert(vote);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DigestVote>> VotesAsync(string digestId, CancellationToken cancellationToken) =>
        Completed.List(_votes.Find(vote => vote.DigestId == digestId).OrderBy(vote => vote.At));
}
