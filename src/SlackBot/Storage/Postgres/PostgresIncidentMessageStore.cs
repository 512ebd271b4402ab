using SlackBot.Features.Incidents;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// People's messages in incident channels, in PostgreSQL (table <c>incident_messages</c>). Edits, drops and holds are
/// single statements that change the document in place, so two replicas handling the same message never lose a change.
/// </summary>
public sealed class PostgresIncidentMessageStore(PostgresDatabase database) : PostgresDocumentTable<IncidentMessage>(database), IIncidentMessageStore
{
    protected override string Table => "incident_messages";

    protected override string IdOf(IncidentMessage document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(IncidentMessage document) =>
    [
        ("incident_id", document.IncidentId),
        ("at", document.At),
        ("text_dropped_at", document.TextDroppedAt),
        ("text_held", document.TextHeld),
    ];

    public Task<IncidentMessage?> FindAsync(string channelId, string ts, CancellationToken cancellationToken) =>
        FindAsync(IncidentMessage.IdFor(channelId, ts), cancellationToken);

    public Task<IReadOnlyList<IncidentMessage>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incident_messages WHERE incident_id = @incidentId ORDER BY at", new { incidentId }, cancellationToken);

    public async Task<IReadOnlyList<IncidentWriter>> WritersAsync(string incidentId, CancellationToken cancellationToken)
    {
        var rows = await QueryRowsAsync<(string UserId, DateTime FirstAt)>(
            "SELECT doc->>'UserId', min(at) FROM incident_messages WHERE incident_id = @incidentId GROUP BY doc->>'UserId'", new { incidentId }, cancellationToken);
        return IncidentWriter.FirstOf(rows.Select(row => (row.UserId, PostgresJson.Utc(row.FirstAt))));
    }

    // Words whose retention ran out are not taken back in by a late edit.
    public Task EditAsync(string channelId, string ts, string text, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incident_messages SET doc = jsonb_set(doc, '{Text}', to_jsonb(@text::text)) WHERE id = @id AND text_dropped_at IS NULL",
            new { id = IncidentMessage.IdFor(channelId, ts), text }, cancellationToken);

    public Task DeleteAsync(string channelId, string ts, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM incident_messages WHERE id = @id", new { id = IncidentMessage.IdFor(channelId, ts) }, cancellationToken);

    public Task<IReadOnlyList<IncidentMessage>> TextKeptBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incident_messages WHERE at < @before AND text_dropped_at IS NULL AND NOT text_held ORDER BY at LIMIT @max",
            new { before = PostgresJson.Instant(before), max = Math.Max(max, 0) }, cancellationToken);

    public Task DropTextAsync(string id, DateTimeOffset droppedAt, CancellationToken cancellationToken)
    {
        var at = PostgresJson.Instant(droppedAt);
        // The document's TextDroppedAt is written the way PostgresJson writes every instant, so it reads back the same.
        return ExecuteAsync("""
            UPDATE incident_messages
            SET doc = jsonb_set(jsonb_set(doc, '{Text}', '""'), '{TextDroppedAt}', @json::jsonb), text_dropped_at = @at
            WHERE id = @id
            """, new { id, at, json = PostgresJson.Serialize(at) }, cancellationToken);
    }

    public Task HoldTextAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE incident_messages SET doc = jsonb_set(doc, '{TextHeld}', 'true'), text_held = true WHERE id = @id", new { id }, cancellationToken);
}
