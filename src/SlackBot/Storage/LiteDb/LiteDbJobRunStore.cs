using LiteDB;
using SlackBot.Scheduling;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Scheduled runs in LiteDB (collection <c>job_runs</c>). Every lookup is a range over the natural key
/// (<c>{job}:{period}</c>, which sorts by period), so the size of the history costs nothing per pass. One process owns the
/// file, so a claim is simply checked and written in one transaction.
/// </summary>
public sealed class LiteDbJobRunStore : IJobRunStore
{
    public const string CollectionName = "job_runs";

    private readonly LiteDbDatabase _database;
    private readonly ILiteCollection<JobRun> _runs;

    public LiteDbJobRunStore(LiteDbDatabase database)
    {
        _database = database;
        _runs = database.Collection<JobRun>(CollectionName);
        _runs.EnsureIndex(run => run.Status);
    }

    public Task<JobRun?> FindAsync(string job, DateTimeOffset period, CancellationToken cancellationToken = default) =>
        Task.FromResult<JobRun?>(_runs.FindById(JobRun.IdFor(job, period)));

    public Task<JobRun?> LatestAsync(string job, CancellationToken cancellationToken = default) =>
        Task.FromResult<JobRun?>(_runs.Query()
            .Where(BsonExpression.Create(OfJob, JobRun.IdFor(job, DateTimeOffset.MinValue), JobRun.IdFor(job, DateTimeOffset.MaxValue), job))
            .OrderByDescending("_id")
            .Limit(1)
            .FirstOrDefault());

    public Task<JobRun?> TryClaimAsync(string job, DateTimeOffset period, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.InTransaction(() =>
        {
            var existing = _runs.FindById(JobRun.IdFor(job, period));
            if (existing is { IsSettled: true }) return null;
            if (existing is { Status: JobRunStatus.Running } && existing.LeaseUntil > now) return null;

            var claim = new JobRun
            {
                Id = JobRun.IdFor(job, period),
                Job = job,
                Period = period,
                Status = JobRunStatus.Running,
                Owner = owner,
                LeaseUntil = until,
                Attempts = (existing?.Attempts ?? 0) + 1,
                StartedAt = now,
            };
            _runs.Upsert(claim);
            return claim;
        }));

    public Task<bool> FinishAsync(JobRun claim, JobRunStatus status, DateTimeOffset at, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Task.FromResult(_database.InTransaction(() =>
        {
            var current = _runs.FindById(claim.Id);
            if (current is not { Status: JobRunStatus.Running } || current.Owner != claim.Owner || current.Attempts != claim.Attempts) return false;
            _runs.Upsert(current with { Status = status, LeaseUntil = null, FinishedAt = at, Error = error });
            return true;
        }));
    }

    public Task RecordSkippedAsync(string job, DateTimeOffset period, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _database.InTransaction(() =>
        {
            var id = JobRun.IdFor(job, period);
            if (_runs.FindById(id) is not null) return false;
            _runs.Insert(new JobRun { Id = id, Job = job, Period = period, Status = JobRunStatus.Skipped, FinishedAt = at });
            return true;
        });
        return Task.CompletedTask;
    }

    public Task<int> RecoverInterruptedAsync(DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.InTransaction(() =>
        {
            var unfinished = _runs.Find(run => run.Status == JobRunStatus.Running).ToList();
            foreach (var run in unfinished) _runs.Upsert(run with { Status = JobRunStatus.Interrupted, LeaseUntil = null, FinishedAt = at });
            return unfinished.Count;
        }));

    public Task<int> PruneAsync(string job, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var older = BsonExpression.Create(OfJob + " AND Status != 'Running'", JobRun.IdFor(job, DateTimeOffset.MinValue), JobRun.IdFor(job, before.AddTicks(-1)), job);
        return Task.FromResult(_database.InTransaction(() => _runs.DeleteMany(older)));
    }

    /// <summary>
    /// The job's runs between two ids (@0, @1), as a range of the primary key: every id of a job lies between its earliest
    /// and latest possible period, and the check on the job (@2) keeps the range honest whatever the collation does with
    /// names. Parameters rather than literals, so that LiteDB parses the expression once.
    /// </summary>
    private const string OfJob = "_id BETWEEN @0 AND @1 AND Job = @2";
}
