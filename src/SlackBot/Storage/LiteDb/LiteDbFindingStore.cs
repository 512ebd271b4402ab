using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Findings in LiteDB (collection <c>findings</c>), their withdrawals (<c>finding_withdrawals</c>) and theme tallies
/// by day (<c>finding_day_tallies</c>, see <see cref="LiteDbFindingTallies"/>).
/// </summary>
public sealed class LiteDbFindingStore : IFindingStore
{
    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<Finding> _findings;
    private readonly ILiteCollection<FindingWithdrawal> _withdrawals;
    private readonly IFindingObserver[] _observers;

    public LiteDbFindingStore(LiteDbDatabase database, IEnumerable<IFindingObserver>? observers = null)
    {
        _database = database;
        _observers = observers?.ToArray() ?? [];
        _findings = database.Collection<Finding>(LiteDbCollections.Findings);
        _findings.EnsureIndex(finding => finding.IncidentId);
        _findings.EnsureIndex(finding => finding.QuestionId);
        _findings.EnsureIndex(finding => finding.AuthorId);
        _findings.EnsureIndex(finding => finding.CreatedAt);
        _withdrawals = LiteDbFindingWrites.Withdrawals(database);
    }

    public Task<Finding?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_findings.FindById(id));

    public Task<IReadOnlyList<Finding>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.IncidentId == incidentId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> ForQuestionAsync(string questionId, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.QuestionId == questionId).OrderBy(finding => finding.CreatedAt));

    public Task<IReadOnlyList<Finding>> ByAuthorAsync(string authorId, int max, CancellationToken cancellationToken) =>
        Completed.List(_findings.Find(finding => finding.AuthorId == authorId).OrderByDescending(finding => finding.CreatedAt).Take(Math.Max(0, max)));

    public Task<IReadOnlyList<Finding>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Completed.List<Finding>(from >= to ? [] : _findings.Find(CreatedBetweenQuery(from, to)).Where(finding => finding.CreatedAt < to).OrderBy(finding => finding.CreatedAt));

    /// <summary>A range of the <see cref="Finding.CreatedAt"/> index (inclusive at both ends; the end is cut in memory).</summary>
    internal static BsonExpression CreatedBetweenQuery(DateTimeOffset from, DateTimeOffset to) =>
        RangeQuery.Between("$." + nameof(Finding.CreatedAt), new BsonValue(from.UtcDateTime), new BsonValue(to.UtcDateTime));

    public Task<IReadOnlyList<FindingThemeTally>> ThemeTalliesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Completed.List(LiteDbFindingTallies.Between(_database, _findings, from, to));

    public Task<IReadOnlyList<Finding>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_findings.FindAll().OrderBy(finding => finding.CreatedAt));

    public Task<bool> SaveAsync(Finding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var saved = _database.InTransaction(() => LiteDbFindingWrites.TryUpsert(_database, finding));
        if (saved) foreach (var observer in _observers) observer.Saved(finding);
        return Task.FromResult(saved);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = _database.InTransaction(() => LiteDbFindingWrites.Delete(_database, id));
        if (deleted) foreach (var observer in _observers) observer.Removed(id);
        return Task.FromResult(deleted);
    }

    public Task<bool> WithdrawAsync(FindingWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        ArgumentException.ThrowIfNullOrEmpty(withdrawal.Id);
        var (withdrawn, deleted) = _database.InTransaction(() =>
        {
            // The first withdrawal is the one kept: a repeated click must not move its time.
            var first = _withdrawals.FindById(withdrawal.Id) is null;
            if (first) _withdrawals.Insert(withdrawal);
            return (first, LiteDbFindingWrites.Delete(_database, withdrawal.Id));
        });
        if (deleted) foreach (var observer in _observers) observer.Removed(withdrawal.Id);
        return Task.FromResult(withdrawn);
    }

    public Task<FindingWithdrawal?> WithdrawalAsync(string id, CancellationToken cancellationToken) => Completed.Value(_withdrawals.FindById(id));
}
