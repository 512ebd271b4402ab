namespace SlackBot.Features.Digests;

/// <summary>
/// Sent digests (keyed by <see cref="SentDigest.Id"/>) and their pulse votes (keyed by <see cref="DigestVote.Id"/>).
/// Every implementation keeps the contract in <c>docs/storage-contract.md</c> ("Digests").
/// </summary>
public interface ISentDigestStore
{
    Task<SentDigest?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The subscription's latest <paramref name="max"/> digests, newest period first. Indexed (subscription).</summary>
    Task<IReadOnlyList<SentDigest>> LatestAsync(string subscriptionId, int max, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="SentDigest.Id"/> (the job saves it with its post through the unit of work).</summary>
    Task SaveAsync(SentDigest digest, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="DigestVote.Id"/>: one vote per person per digest, the latest click wins.</summary>
    Task SaveVoteAsync(DigestVote vote, CancellationToken cancellationToken);

    /// <summary>The digest's votes, one per person. Indexed (digest).</summary>
    Task<IReadOnlyList<DigestVote>> VotesAsync(string digestId, CancellationToken cancellationToken);
}
