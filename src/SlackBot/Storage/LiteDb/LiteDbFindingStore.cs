using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>Findings in LiteDB (collection <c>findings</c>): the organisation's memory.</summary>
public sealed class LiteDbFindingStore : IFindingStore
{
    private readonly ILiteCollection<Finding> _findings;
    private readonly IFindingObserver[] _observers;

    public LiteDbFindingStore(LiteDbDatabase database, IEnumerable<IFindingObserver>? observers = null)
    {
        _observers = observers?.ToArray() ?? [];
        _findings = database.Collection<Finding>(LiteDbCollections.Findings);
        _findings.EnsureIndex(finding => finding.IncidentId);
        _findings.EnsureIndex(finding => finding.QuestionId);
        _findings.EnsureIndex(finding => finding.CreatedAt);
    }

    public Task<Finding?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_findings.FindById(id));

    public Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.IncidentId == incidentId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.QuestionId == questionId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Completed.List<Finding>(from >= to ? [] : _findings.Find(CreatedBetweenQuery(from, to)).Where(finding => finding.CreatedAt < to).OrderBy(finding => finding.CreatedAt));

    /// <summary>A range of the <see cref="Finding.CreatedAt"/> index (inclusive at both ends; the end is cut in memory).</summary>
    internal static BsonExpression CreatedBetweenQuery(DateTimeOffset from, DateTimeOffset to) =>
        Query.Between("$." + nameof(Finding.CreatedAt), new BsonValue(from.UtcDateTime), new BsonValue(to.UtcDateTime));

    public Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_findings.FindAll().OrderBy(finding => finding.CreatedAt));

    public Task SaveAsync(Finding finding, CancellationToken cancellationToken)
    {
        _findings.Upsert(finding);
        foreach (var observer in _observers) observer.Saved(finding);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = _findings.Delete(id);
        if (deleted) foreach (var observer in _observers) observer.Removed(id);
        return Task.FromResult(deleted);
    }
}
