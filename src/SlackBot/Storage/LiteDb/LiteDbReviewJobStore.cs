using LiteDB;
using SlackBot.Features.Review;

namespace SlackBot.Storage.LiteDb;

/// <summary>Export and prep jobs in LiteDB (collection <c>review_jobs</c>).</summary>
public sealed class LiteDbReviewJobStore : IReviewJobStore
{
    private readonly ILiteCollection<ReviewJob> _jobs;

    public LiteDbReviewJobStore(LiteDbDatabase database)
    {
        _jobs = database.Collection<ReviewJob>(LiteDbCollections.ReviewJobs);
        _jobs.EnsureIndex(job => job.Status);
    }

    public Task<ReviewJob?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_jobs.FindById(id));

    public Task<IReadOnlyList<ReviewJob>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Completed.List(_jobs.Find(job => job.Status == ReviewJobStatus.Pending)
            .Where(job => job.NextAttemptAt <= now)
            .OrderBy(job => job.NextAttemptAt)
            .Take(max));

    public Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.Find(job => job.Status == ReviewJobStatus.Pending).Select(job => (DateTimeOffset?)job.NextAttemptAt).Min());

    public Task<IReadOnlyList<ReviewJob>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_jobs.FindAll().OrderBy(job => job.RequestedAt));

    public Task<int> PruneFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var old = _jobs.Find(job => job.Status != ReviewJobStatus.Pending).Where(job => job.CompletedAt < before).Select(job => job.Id).ToList();
        foreach (var id in old) _jobs.Delete(id);
        return Task.FromResult(old.Count);
    }
}
