using LiteDB;
using SlackBot.Features.Incidents;

namespace SlackBot.Storage.LiteDb;

/// <summary>Incidents in LiteDB (collection <c>incidents</c>).</summary>
public sealed class LiteDbIncidentStore : IIncidentStore
{
    private readonly ILiteCollection<Incident> _incidents;

    public LiteDbIncidentStore(LiteDbDatabase database)
    {
        _incidents = database.Collection<Incident>(LiteDbCollections.Incidents);
        _incidents.EnsureIndex(incident => incident.ChannelId);
        _incidents.EnsureIndex(incident => incident.Status);
    }

    public Task<Incident?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_incidents.FindById(id));

    public Task<Incident?> LatestInAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.Value(_incidents.Find(incident => incident.ChannelId == channelId).MaxBy(incident => incident.StartedAt));

    public Task<Incident?> ActiveInAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.Value(_incidents.Find(incident => incident.ChannelId == channelId && incident.Status == IncidentStatus.Active).MaxBy(incident => incident.StartedAt));

    public Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken) =>
        Completed.List(_incidents.Find(incident => incident.Status == status).OrderBy(incident => incident.StartedAt));

    public Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_incidents.FindAll().OrderBy(incident => incident.StartedAt));

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken)
    {
        _incidents.Upsert(incident);
        return Task.CompletedTask;
    }
}
