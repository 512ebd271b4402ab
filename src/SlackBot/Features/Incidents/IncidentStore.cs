using LiteDB;
using SlackBot.Storage;

namespace SlackBot.Features.Incidents;

/// <summary>Incidents in LiteDB (collection <c>incidents</c>).</summary>
public sealed class IncidentStore
{
    private readonly ILiteCollection<Incident> _incidents;

    public IncidentStore(Database database)
    {
        _incidents = database.Collection<Incident>("incidents");
        _incidents.EnsureIndex(incident => incident.ChannelId);
        _incidents.EnsureIndex(incident => incident.Status);
    }

    public Incident? Find(string id) => _incidents.FindById(id);

    /// <summary>The channel's most recent incident, whatever its state.</summary>
    public Incident? LatestIn(string channelId) =>
        _incidents.Find(incident => incident.ChannelId == channelId).MaxBy(incident => incident.StartedAt);

    /// <summary>The channel's incident whose span holds <paramref name="at"/> (the latest, should spans ever overlap).</summary>
    public Incident? SpanningIn(string channelId, DateTimeOffset at) =>
        _incidents.Find(incident => incident.ChannelId == channelId).Where(incident => IncidentSpan.Contains(incident, at)).MaxBy(incident => incident.StartedAt);

    /// <summary>The channel's first incident, whatever its state.</summary>
    public Incident? EarliestIn(string channelId) =>
        _incidents.Find(incident => incident.ChannelId == channelId).MinBy(incident => incident.StartedAt);

    public Incident? ActiveIn(string channelId) =>
        _incidents.Find(incident => incident.ChannelId == channelId && incident.Status == IncidentStatus.Active).MaxBy(incident => incident.StartedAt);

    public IReadOnlyList<Incident> WithStatus(IncidentStatus status) =>
        _incidents.Find(incident => incident.Status == status).OrderBy(incident => incident.StartedAt).ToList();

    public IReadOnlyList<Incident> All() => _incidents.FindAll().OrderBy(incident => incident.StartedAt).ToList();

    public void Save(Incident incident) => _incidents.Upsert(incident);
}
