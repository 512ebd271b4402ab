using LiteDB;
using SlackBot.Features.Moments;

namespace SlackBot.Storage.LiteDb;

/// <summary>Learning moments in LiteDB (collection <c>moments</c>).</summary>
public sealed class LiteDbMomentStore : IMomentStore
{
    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<Moment> _moments;

    public LiteDbMomentStore(LiteDbDatabase database)
    {
        _database = database;
        _moments = database.Collection<Moment>(LiteDbCollections.Moments);
        _moments.EnsureIndex(moment => moment.IncidentId);
    }

    public Task<Moment?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_moments.FindById(id));

    public Task<IReadOnlyList<Moment>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_moments.Find(moment => moment.IncidentId == incidentId).OrderBy(moment => moment.At));

    public Task<IReadOnlyList<MomentOutline>> OutlinesForIncidentAsync(string incidentId, CancellationToken cancellationToken)
    {
        var rows = FieldProjection.Read(_database, LiteDbCollections.Moments, Query.EQ("$." + nameof(Moment.IncidentId), incidentId),
            nameof(Moment.Category), nameof(Moment.UserId), nameof(Moment.At));
        return Completed.List(rows
            .Select(row => new MomentOutline(Enum.Parse<MomentCategory>(row[nameof(Moment.Category)].AsString), row[nameof(Moment.UserId)].AsString, FieldProjection.Instant(_database, row[nameof(Moment.At)])))
            .OrderBy(outline => outline.At));
    }

    public Task<IReadOnlyList<Moment>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_moments.FindAll().OrderBy(moment => moment.At));

    public Task SaveAsync(Moment moment, CancellationToken cancellationToken)
    {
        _moments.Upsert(moment);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_moments.Delete(id));
}
