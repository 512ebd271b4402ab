using SlackBot.Features.Digests;

namespace SlackBot.Storage.Postgres;

/// <summary>Sent digests (table <c>sent_digests</c>) and their pulse votes (<see cref="PostgresDigestVoteTable"/>) in PostgreSQL.</summary>
public sealed class PostgresSentDigestStore(PostgresDatabase database, PostgresDigestVoteTable votes) : PostgresDocumentTable<SentDigest>(database), ISentDigestStore
{
    protected override string Table => "sent_digests";

    protected override string IdOf(SentDigest document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(SentDigest document) =>
        [("subscription_id", document.SubscriptionId), ("period_start", document.PeriodStart)];

    public Task<IReadOnlyList<SentDigest>> LatestAsync(string subscriptionId, int max, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM sent_digests WHERE subscription_id = @subscriptionId ORDER BY period_start DESC LIMIT @max",
            new { subscriptionId, max = Math.Max(0, max) }, cancellationToken);

    public Task SaveVoteAsync(DigestVote vote, CancellationToken cancellationToken) => votes.SaveAsync(vote, cancellationToken);

    public Task<IReadOnlyList<DigestVote>> VotesAsync(string digestId, CancellationToken cancellationToken) => votes.ForDigestAsync(digestId, cancellationToken);
}
