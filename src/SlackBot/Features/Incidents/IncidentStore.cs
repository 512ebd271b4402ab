using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Features.Incidents;

/// <summary>Incidents in LiteDB (collection <c>incidents</c>).</summary>
public sealed class IncidentStore
{
    private readonly ILiteCollection<Incident> _incidents;

    public IncidentStore(LiteDbDatabase database)
    {
        _incidents = database.Collection<Incident>("incidents");
        _incidents.EnsureIndex(incident => incident.ChannelId);
        _incidents.EnsureIndex(incident => incident.Status);
    }

    public Incident? Find(string id) => _incidents.FindById(id);

    /// <summary>The channel's most recent incident, whatever its state.</summary>
    public Incident? LatestIn(string channelId) =>
        _incidents.Find(incident => incident.ChannelId == channelId).MaxBy(incident => incident.StartedAt);

    public Incident? ActiveIn(string channelId) =>
        _incidents.Find(incident => incident.ChannelId == channelId && incident.Status == IncidentStatus.Active).MaxBy(incident => incident.StartedAt);

    public IReadOnlyList<Incident> WithStatus(IncidentStatus status) =>
        _incidents.Find(incident => incident.Status == status).OrderBy(incident => incident.StartedAt).ToList();

    public IReadOnlyList<Incident> All() => _incidents.FindAll().OrderBy(incident => incident.StartedAt).ToList();

    public void Save(Incident incident) => _incidents.Upsert(incident);
}
