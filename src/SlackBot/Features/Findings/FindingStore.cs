using LiteDB;
using SlackBot.Storage;

namespace SlackBot.Features.Findings;

/// <summary>Findings in LiteDB (collection <c>findings</c>): the organisation's memory.</summary>
public sealed class FindingStore
{
    private readonly ILiteCollection<Finding> _findings;
    private readonly IFindingObserver[] _observers;

    public FindingStore(Database database, IEnumerable<IFindingObserver>? observers = null)
    {
        _observers = observers?.ToArray() ?? [];
        _findings = database.Collection<Finding>("findings");
        _findings.EnsureIndex(finding => finding.IncidentId);
        _findings.EnsureIndex(finding => finding.QuestionId);
    }

    public Finding? Find(string id) => _findings.FindById(id);

    public IReadOnlyList<Finding> ForIncident(string incidentId) =>
        _findings.Find(finding => finding.IncidentId == incidentId).OrderBy(finding => finding.CreatedAt).ToList();

    public IReadOnlyList<Finding> ForQuestion(string questionId) =>
        _findings.Find(finding => finding.QuestionId == questionId).OrderBy(finding => finding.CreatedAt).ToList();

    public IReadOnlyList<Finding> All() => _findings.FindAll().OrderBy(finding => finding.CreatedAt).ToList();

    public void Save(Finding finding)
    {
        _findings.Upsert(finding);
        foreach (var observer in _observers) Database.AfterCommit(() => observer.Saved(finding));
    }

    public bool Delete(string id)
    {
        var deleted = _findings.Delete(id);
        if (deleted) foreach (var observer in _observers) Database.AfterCommit(() => observer.Removed(id));
        return deleted;
    }
}
