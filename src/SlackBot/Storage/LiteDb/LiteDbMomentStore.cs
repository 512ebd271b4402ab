using LiteDB;
using SlackBot.Features.Moments;

namespace SlackBot.Storage.LiteDb;

/// <summary>Learning moments in LiteDB (collection <c>moments</c>).</summary>
public sealed class LiteDbMomentStore : IMomentStore
{
    private readonly ILiteCollection<Moment> _moments;

    public LiteDbMomentStore(LiteDbDatabase database)
    {
        _moments = database.Collection<Moment>(LiteDbCollections.Moments);
        _moments.EnsureIndex(moment => moment.IncidentId);
    }

    public Task<Moment?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_moments.FindById(id));

    public Task<IReadOnlyList<Moment>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_moments.Find(moment => moment.IncidentId == incidentId).OrderBy(moment => moment.At));

    public Task<IReadOnlyList<Moment>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_moments.FindAll().OrderBy(moment => moment.At));

    public Task SaveAsync(Moment moment, CancellationToken cancellationToken)
    {
        _moments.Upsert(moment);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_moments.Delete(id));
}
