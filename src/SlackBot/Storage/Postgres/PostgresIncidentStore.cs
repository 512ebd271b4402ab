using SlackBot.Features.Incidents;

namespace SlackBot.Storage.Postgres;

/// <summary>Incidents in PostgreSQL (table <c>incidents</c>, <c>Schema/001-incidents.sql</c>).</summary>
public sealed class PostgresIncidentStore(PostgresDatabase database) : PostgresDocumentTable<Incident>(database), IIncidentStore
{
    protected override string Table => "incidents";

    protected override string IdOf(Incident document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(Incident document) =>
    [
        ("channel_id", document.ChannelId),
        ("status", document.Status),
        ("started_at", document.StartedAt),
        ("awaiting_questions_since", document.AwaitingQuestionsSince),
    ];

    public async Task<Incident?> LatestInAsync(string channelId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT doc FROM incidents WHERE channel_id = @channelId ORDER BY started_at DESC LIMIT 1", new { channelId }, cancellationToken)).FirstOrDefault();

    public async Task<Incident?> ActiveInAsync(string channelId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT doc FROM incidents WHERE channel_id = @channelId AND status = @status ORDER BY started_at DESC LIMIT 1",
            new { channelId, status = nameof(IncidentStatus.Active) }, cancellationToken)).FirstOrDefault();

    // A channel has few incidents, and a span has gaps (past resolutions): read them all and let IncidentSpan decide.
    public async Task<Incident?> SpanningInAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await InChannelAsync(channelId, cancellationToken)).Where(incident => IncidentSpan.Contains(incident, at)).MaxBy(incident => incident.StartedAt);

    public async Task<Incident?> EarliestInAsync(string channelId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT doc FROM incidents WHERE channel_id = @channelId ORDER BY started_at LIMIT 1", new { channelId }, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<Incident>> AwaitingQuestionsAsync(DateTimeOffset resolvedBy, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incidents WHERE awaiting_questions_since <= @resolvedBy ORDER BY awaiting_questions_since",
            new { resolvedBy = PostgresJson.Instant(resolvedBy) }, cancellationToken);

    public Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incidents WHERE status = @status ORDER BY started_at", new { status = status.ToString() }, cancellationToken);

    public Task<IReadOnlyList<Incident>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incidents WHERE started_at >= @from AND started_at < @to ORDER BY started_at",
            new { from = PostgresJson.Instant(from), to = PostgresJson.Instant(to) }, cancellationToken);

    public Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incidents ORDER BY started_at", null, cancellationToken);

    private Task<IReadOnlyList<Incident>> InChannelAsync(string channelId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM incidents WHERE channel_id = @channelId ORDER BY started_at", new { channelId }, cancellationToken);
}
