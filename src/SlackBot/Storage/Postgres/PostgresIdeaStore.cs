using SlackBot.Features.Ideas;

namespace SlackBot.Storage.Postgres;

/// <summary>Fix ideas in PostgreSQL (table <c>ideas</c>, <c>Schema/001-ideas.sql</c>).</summary>
public sealed class PostgresIdeaStore(PostgresDatabase database) : PostgresDocumentTable<Idea>(database), IIdeaStore
{
    protected override string Table => "ideas";

    protected override string IdOf(Idea document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(Idea document) =>
    [
        ("incident_id", document.IncidentId),
        ("created_at", document.CreatedAt),
    ];

    public Task<IReadOnlyList<Idea>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM ideas WHERE incident_id = @incidentId ORDER BY created_at", new { incidentId }, cancellationToken);

    public Task<IReadOnlyList<Idea>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM ideas ORDER BY created_at", null, cancellationToken);
}
