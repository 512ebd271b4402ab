using SlackBot.Features.Review;

namespace SlackBot.Storage.Postgres;

/// <summary>response_url uses in PostgreSQL (table <c>response_url_uses</c>, <c>Schema/001-review.sql</c>); written through the unit of work.</summary>
public sealed class PostgresResponseUrlUseStore(PostgresDatabase database) : PostgresDocumentTable<ResponseUrlUse>(database), IResponseUrlUseStore
{
    protected override string Table => "response_url_uses";

    protected override string IdOf(ResponseUrlUse document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(ResponseUrlUse document) => [("issued_at", document.IssuedAt)];

    public Task<int> PruneIssuedBeforeAsync(DateTimeOffset issuedBefore, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM response_url_uses WHERE issued_at < @issuedBefore", new { issuedBefore = PostgresJson.Instant(issuedBefore) }, cancellationToken);
}
