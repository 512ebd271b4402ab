using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Features.Incidents;

/// <summary>People's messages in incident channels (collection <c>incident_messages</c>).</summary>
public sealed class IncidentMessageLog
{
    private readonly ILiteCollection<IncidentMessage> _messages;

    public IncidentMessageLog(LiteDbDatabase database)
    {
        _messages = database.Collection<IncidentMessage>("incident_messages");
        _messages.EnsureIndex(message => message.IncidentId);
    }

    public IncidentMessage? Find(string channelId, string ts) => _messages.FindById(IncidentMessage.IdFor(channelId, ts));

    public IReadOnlyList<IncidentMessage> ForIncident(string incidentId) =>
        _messages.Find(message => message.IncidentId == incidentId).OrderBy(message => message.At).ToList();

    public void Save(IncidentMessage message) => _messages.Upsert(message);

    public void Edit(string channelId, string ts, string text)
    {
        if (Find(channelId, ts) is { } message) _messages.Update(message with { Text = text });
    }

    public void Delete(string channelId, string ts) => _messages.Delete(IncidentMessage.IdFor(channelId, ts));
}
