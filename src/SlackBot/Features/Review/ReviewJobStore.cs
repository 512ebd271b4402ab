using LiteDB;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>Export and prep jobs in LiteDB (collection <c>review_jobs</c>); finished ones are kept a week for people to look at.</summary>
public sealed class ReviewJobStore
{
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    private readonly ILiteCollection<ReviewJob> _jobs;

    public ReviewJobStore(Database database)
    {
        _jobs = database.Collection<ReviewJob>("review_jobs");
        _jobs.EnsureIndex(job => job.Status);
    }

    /// <summary>Adds the job unless one with its id exists (a replayed command). Returns the stored job either way.</summary>
    public ReviewJob AddIfAbsent(ReviewJob job)
    {
        if (_jobs.FindById(job.Id) is { } existing) return existing;
        _jobs.Insert(job);
        return job;
    }

    public ReviewJob? Find(string id) => _jobs.FindById(id);

    public IReadOnlyList<ReviewJob> Due(DateTimeOffset now, int max) =>
        _jobs.Find(job => job.Status == ReviewJobStatus.Pending)
            .Where(job => job.NextAttemptAt <= now)
            .OrderBy(job => job.NextAttemptAt)
            .Take(max)
            .ToList();

    public DateTimeOffset? NextAttemptAt() =>
        _jobs.Find(job => job.Status == ReviewJobStatus.Pending).Select(job => (DateTimeOffset?)job.NextAttemptAt).Min();

    public void Update(ReviewJob job) => _jobs.Update(job);

    public IReadOnlyList<ReviewJob> All() => _jobs.FindAll().OrderBy(job => job.RequestedAt).ToList();

    public int PruneFinished(DateTimeOffset before)
    {
        var old = _jobs.Find(job => job.Status != ReviewJobStatus.Pending).Where(job => job.CompletedAt < before).Select(job => job.Id).ToList();
        foreach (var id in old) _jobs.Delete(id);
        return old.Count;
    }
}
