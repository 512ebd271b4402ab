using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>Findings in LiteDB (collection <c>findings</c>): the organisation's memory.</summary>
public sealed class LiteDbFindingStore : IFindingStore
{
    private readonly ILiteCollection<Finding> _findings;

    public LiteDbFindingStore(LiteDbDatabase database)
    {
        _findings = database.Collection<Finding>(LiteDbCollections.Findings);
        _findings.EnsureIndex(finding => finding.IncidentId);
        _findings.EnsureIndex(finding => finding.QuestionId);
    }

    public Task<Finding?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_findings.FindById(id));

    public Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.IncidentId == incidentId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.QuestionId == questionId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_findings.FindAll().OrderBy(finding => finding.CreatedAt));

    public Task SaveAsync(Finding finding, CancellationToken cancellationToken)
    {
        _findings.Upsert(finding);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_findings.Delete(id));
}
