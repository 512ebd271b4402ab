using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Features.Moments;

/// <summary>Learning moments in LiteDB (collection <c>moments</c>).</summary>
public sealed class MomentStore
{
    private readonly ILiteCollection<Moment> _moments;

    public MomentStore(LiteDbDatabase database)
    {
        _moments = database.Collection<Moment>("moments");
        _moments.EnsureIndex(moment => moment.IncidentId);
    }

    public Moment? Find(string id) => _moments.FindById(id);

    public Moment? Find(string channelId, string ts) => Find(Moment.IdFor(channelId, ts));

    public IReadOnlyList<Moment> ForIncident(string incidentId) =>
        _moments.Find(moment => moment.IncidentId == incidentId).OrderBy(moment => moment.At).ToList();

    public IReadOnlyList<Moment> All() => _moments.FindAll().OrderBy(moment => moment.At).ToList();

    public void Save(Moment moment) => _moments.Upsert(moment);

    public bool Delete(string id) => _moments.Delete(id);
}
