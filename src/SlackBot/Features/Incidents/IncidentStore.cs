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
        _incidents.EnsureIndex(incident => incident.AwaitingQuestionsSince);
        StoreUpgrades.Once(database, "incidents.awaiting-questions-since", () => StoreAwaitingQuestionsSince(database));
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

    /// <summary>
    /// Resolved incidents whose questions are not planned yet, resolved at or before <paramref name="resolvedBy"/>: a
    /// range of the <see cref="Incident.AwaitingQuestionsSince"/> index, which holds nothing else.
    /// </summary>
    public IReadOnlyList<Incident> AwaitingQuestions(DateTimeOffset resolvedBy) =>
        _incidents.Find(AwaitingQuestionsQuery(resolvedBy)).OrderBy(incident => incident.ResolvedAt).ToList();

    /// <summary>The query behind <see cref="AwaitingQuestions"/>; a range query, because nulls sort before every date.</summary>
    internal static BsonExpression AwaitingQuestionsQuery(DateTimeOffset resolvedBy) =>
        Query.Between("$." + nameof(Incident.AwaitingQuestionsSince), new BsonValue(DateTime.MinValue), new BsonValue(resolvedBy.UtcDateTime));

    public IReadOnlyList<Incident> All() => _incidents.FindAll().OrderBy(incident => incident.StartedAt).ToList();

    public void Save(Incident incident) => _incidents.Upsert(incident);

    /// <summary>
    /// Resolved incidents written before <see cref="Incident.AwaitingQuestionsSince"/> was stored lack it, and the
    /// planning job would never see them: save them once more. Those planned back then leave on the planner's next pass.
    /// </summary>
    private void StoreAwaitingQuestionsSince(Database database)
    {
        var documents = database.Lite.GetCollection("incidents");
        foreach (var document in documents.Find(Query.EQ(nameof(Incident.Status), nameof(IncidentStatus.Resolved))).ToList())
            Save(database.Lite.Mapper.ToObject<Incident>(document));
    }
}
