using SlackBot.Features.Digests;

namespace SlackBot.Storage.Postgres;

/// <summary>Digest subscriptions in PostgreSQL (table <c>digest_subscriptions</c>, <c>Schema/001-digests.sql</c>).</summary>
public sealed class PostgresDigestSubscriptionStore(PostgresDatabase database) : PostgresDocumentTable<DigestSubscription>(database), IDigestSubscriptionStore
{
    protected override string Table => "digest_subscriptions";

    protected override string IdOf(DigestSubscription document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(DigestSubscription document) =>
        [("channel_id", document.ChannelId), ("team", document.Team), ("created_at", document.CreatedAt)];

    public Task<IReadOnlyList<DigestSubscription>> InChannelAsync(string channelId, CancellationToken cancellationToken) =>
        // The all-teams subscription first, then by team in ordinal order (as LiteDB sorts them).
        QueryAsync("SELECT doc FROM digest_subscriptions WHERE channel_id = @channelId ORDER BY team IS NOT NULL, team COLLATE \"C\"", new { channelId }, cancellationToken);

    public Task<IReadOnlyList<DigestSubscription>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM digest_subscriptions ORDER BY created_at", null, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM digest_subscriptions WHERE id = @id", new { id }, cancellationToken) == 1;
}
