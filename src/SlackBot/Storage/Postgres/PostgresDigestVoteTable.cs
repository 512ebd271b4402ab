using SlackBot.Features.Digests;

namespace SlackBot.Storage.Postgres;

/// <summary>Digest pulse votes (table <c>digest_votes</c>, <c>Schema/001-digests.sql</c>), read by <see cref="PostgresSentDigestStore"/>.</summary>
public sealed class PostgresDigestVoteTable(PostgresDatabase database) : PostgresDocumentTable<DigestVote>(database)
{
    protected override string Table => "digest_votes";

    protected override string IdOf(DigestVote document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(DigestVote document) =>
        [("digest_id", document.DigestId), ("at", document.At)];

    public Task<IReadOnlyList<DigestVote>> ForDigestAsync(string digestId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM digest_votes WHERE digest_id = @digestId ORDER BY at", new { digestId }, cancellationToken);
}
