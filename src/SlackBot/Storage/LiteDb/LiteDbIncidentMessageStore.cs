using LiteDB;
using SlackBot.Features.Incidents;

namespace SlackBot.Storage.LiteDb;

/// <summary>People's messages in incident channels, in LiteDB (collection <c>incident_messages</c>).</summary>
public sealed class LiteDbIncidentMessageStore : IIncidentMessageStore
{
    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<IncidentMessage> _messages;

    public LiteDbIncidentMessageStore(LiteDbDatabase database)
    {
        _database = database;
        _messages = database.Collection<IncidentMessage>(LiteDbCollections.IncidentMessages);
        _messages.EnsureIndex(message => message.IncidentId);
        _messages.EnsureIndex(message => message.At);
    }

    public Task<IncidentMessage?> FindAsync(string channelId, string ts, CancellationToken cancellationToken) =>
        Completed.Value(_messages.FindById(IncidentMessage.IdFor(channelId, ts)));

    public Task<IReadOnlyList<IncidentMessage>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_messages.Find(message => message.IncidentId == incidentId).OrderBy(message => message.At));

    public Task<IReadOnlyList<IncidentWriter>> WritersAsync(string incidentId, CancellationToken cancellationToken)
    {
        var rows = FieldProjection.Read(_database, LiteDbCollections.IncidentMessages, Query.EQ("$." + nameof(IncidentMessage.IncidentId), incidentId),
            nameof(IncidentMessage.UserId), nameof(IncidentMessage.At));
        return Task.FromResult(IncidentWriter.FirstOf(rows.Select(row => (row[nameof(IncidentMessage.UserId)].AsString, FieldProjection.Instant(_database, row[nameof(IncidentMessage.At)])))));
    }

    public Task SaveAsync(IncidentMessage message, CancellationToken cancellationToken)
    {
        _messages.Upsert(message);
        return Task.CompletedTask;
    }

    public Task EditAsync(string channelId, string ts, string text, CancellationToken cancellationToken)
    {
        // Words whose retention ran out are not taken back in by a late edit.
        if (_messages.FindById(IncidentMessage.IdFor(channelId, ts)) is { TextDroppedAt: null } message) _messages.Update(message with { Text = text });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string channelId, string ts, CancellationToken cancellationToken)
    {
        _messages.Delete(IncidentMessage.IdFor(channelId, ts));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IncidentMessage>> TextKeptBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        Completed.List(_messages.Query()
            .Where(message => message.At < before && message.TextDroppedAt == null && !message.TextHeld)
            .OrderBy(message => message.At)
            .Limit(max)
            .ToList());

    public Task DropTextAsync(string id, DateTimeOffset droppedAt, CancellationToken cancellationToken)
    {
        if (_messages.FindById(id) is { } message) _messages.Update(message with { Text = "", TextDroppedAt = droppedAt });
        return Task.CompletedTask;
    }

    public Task HoldTextAsync(string id, CancellationToken cancellationToken)
    {
        if (_messages.FindById(id) is { } message) _messages.Update(message with { TextHeld = true });
        return Task.CompletedTask;
    }
}
