using SlackBot.Features.Moments;

namespace SlackBot.Storage.Postgres;

/// <summary>Learning moments in PostgreSQL (table <c>moments</c>, <c>Schema/001-moments.sql</c>).</summary>
public sealed class PostgresMomentStore(PostgresDatabase database) : PostgresDocumentTable<Moment>(database), IMomentStore
{
    protected override string Table => "moments";

    protected override string IdOf(Moment document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(Moment document) =>
    [
        ("incident_id", document.IncidentId),
        ("at", document.At),
    ];

    public Task<IReadOnlyList<Moment>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM moments WHERE incident_id = @incidentId ORDER BY at", new { incidentId }, cancellationToken);

    public async Task<IReadOnlyList<MomentOutline>> OutlinesForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        (await QueryRowsAsync<(string Category, string UserId, DateTime At)>(
            "SELECT doc->>'Category', doc->>'UserId', at FROM moments WHERE incident_id = @incidentId ORDER BY at", new { incidentId }, cancellationToken))
        .Select(row => new MomentOutline(Enum.Parse<MomentCategory>(row.Category), row.UserId, PostgresJson.Utc(row.At)))
        .ToList();

    public Task<IReadOnlyList<Moment>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM moments ORDER BY at", null, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM moments WHERE id = @id", new { id }, cancellationToken) > 0;
}
