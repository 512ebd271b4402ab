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
        _incidents.EnsureIndex(incident => incident.AwaitingQuestionsSince);
        _incidents.EnsureIndex(incident => incident.StartedAt);
        StoreUpgrades.Once(database, "incidents.awaiting-questions-since", () => StoreAwaitingQuestionsSince(database));
    }

    public Task<Incident?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_incidents.FindById(id));

    public Task<Incident?> LatestInAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.Value(InChannel(channelId).MaxBy(incident => incident.StartedAt));

    public Task<Incident?> ActiveInAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.Value(_incidents.Find(incident => incident.ChannelId == channelId && incident.Status == IncidentStatus.Active).MaxBy(incident => incident.StartedAt));

    public Task<Incident?> SpanningInAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Completed.Value(InChannel(channelId).Where(incident => IncidentSpan.Contains(incident, at)).MaxBy(incident => incident.StartedAt));

    public Task<Incident?> EarliestInAsync(string channelId, CancellationToken cancellationToken) =>
        Completed.Value(InChannel(channelId).MinBy(incident => incident.StartedAt));

    public Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken) =>
        Completed.List(_incidents.Find(incident => incident.Status == status).OrderBy(incident => incident.StartedAt));

    public Task<IReadOnlyList<Incident>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Completed.List<Incident>(from >= to ? [] : _incidents.Find(StartedBetweenQuery(from, to)).Where(incident => incident.StartedAt < to).OrderBy(incident => incident.StartedAt));

    /// <summary>A range of the <see cref="Incident.StartedAt"/> index (inclusive at both ends; the end is cut in memory).</summary>
    internal static BsonExpression StartedBetweenQuery(DateTimeOffset from, DateTimeOffset to) =>
        RangeQuery.Between("$." + nameof(Incident.StartedAt), new BsonValue(from.UtcDateTime), new BsonValue(to.UtcDateTime));

    /// <summary>A range of the <see cref="Incident.AwaitingQuestionsSince"/> index, which holds nothing else.</summary>
    public Task<IReadOnlyList<Incident>> AwaitingQuestionsAsync(DateTimeOffset resolvedBy, CancellationToken cancellationToken) =>
        Completed.List(_incidents.Find(AwaitingQuestionsQuery(resolvedBy)).OrderBy(incident => incident.ResolvedAt));

    /// <summary>The query behind <see cref="AwaitingQuestionsAsync"/>; a range query, because nulls sort before every date.</summary>
    internal static BsonExpression AwaitingQuestionsQuery(DateTimeOffset resolvedBy) =>
        RangeQuery.Between("$." + nameof(Incident.AwaitingQuestionsSince), new BsonValue(DateTime.MinValue), new BsonValue(resolvedBy.UtcDateTime));

    public Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_incidents.FindAll().OrderBy(incident => incident.StartedAt));

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken)
    {
        _incidents.Upsert(incident);
        return Task.CompletedTask;
    }

    private IEnumerable<Incident> InChannel(string channelId) => _incidents.Find(incident => incident.ChannelId == channelId);

    /// <summary>
    /// Resolved incidents written before <see cref="Incident.AwaitingQuestionsSince"/> was stored lack it, and the
    /// planning job would never see them: save them once more. Those planned back then leave on the planner's next pass.
    /// </summary>
    private void StoreAwaitingQuestionsSince(LiteDbDatabase database)
    {
        var documents = database.Lite.GetCollection(LiteDbCollections.Incidents);
        foreach (var document in documents.Find(Query.EQ(nameof(Incident.Status), nameof(IncidentStatus.Resolved))).ToList())
            _incidents.Upsert(database.Lite.Mapper.ToObject<Incident>(document));
    }
}
