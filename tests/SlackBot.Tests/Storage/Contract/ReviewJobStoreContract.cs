using SlackBot.Features.Review;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Review jobs and response_url uses".</summary>
public abstract class ReviewJobStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IReviewJobStore Jobs => Get<IReviewJobStore>();

    private IResponseUrlUseStore Uses => Get<IResponseUrlUseStore>();

    [Test]
    public async Task A_job_saved_by_a_unit_of_work_reads_back_and_survives_a_restart()
    {
        var job = Job("review:Ev1", T0) with { ResponseUrl = "https://hooks.slack.com/commands/T1/1/secret", Attempts = 2, LastError = "ratelimited" };
        await SaveAsync(job);
        await RestartAsync();

        Assert.That(Json(await Jobs.FindAsync(job.Id, None)), Is.EqualTo(Json(job)));
    }

    [Test]
    public async Task Due_jobs_are_the_pending_ones_whose_attempt_has_come_earliest_first()
    {
        await SaveAsync(Job("late", T0.AddMinutes(2)));
        await SaveAsync(Job("early", T0.AddMinutes(1)));
        await SaveAsync(Job("future", T0.AddMinutes(10)));
        await SaveAsync(Job("done", T0) with { Status = ReviewJobStatus.Done, CompletedAt = T0 });

        var due = await Jobs.DueAsync(T0.AddMinutes(2), 10, None);
        var next = await Jobs.NextAttemptAtAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(due.Select(job => job.Id), Is.EqualTo(new[] { "early", "late" }));
            Assert.That(next, Is.EqualTo(T0.AddMinutes(1)));
        });
    }

    [Test]
    public async Task Pruning_forgets_finished_jobs_and_old_urls_but_never_pending_jobs()
    {
        await SaveAsync(Job("pending", T0));
        await SaveAsync(Job("old", T0) with { Status = ReviewJobStatus.Failed, CompletedAt = T0 });
        await SaveAsync(Job("recent", T0) with { Status = ReviewJobStatus.Done, CompletedAt = T0.AddDays(2) });
        await Get<IUnitOfWork>().CommitAsync(transaction =>
        {
            transaction.Save(new ResponseUrlUse { Id = "old-url", IssuedAt = T0, Uses = 1 });
            transaction.Save(new ResponseUrlUse { Id = "new-url", IssuedAt = T0.AddDays(2), Uses = 3 });
        }, None);

        var jobsPruned = await Jobs.PruneFinishedAsync(T0.AddDays(1), None);
        var usesPruned = await Uses.PruneIssuedBeforeAsync(T0.AddDays(1), None);

        var left = await Jobs.AllAsync(None);
        var newUrl = await Uses.FindAsync("new-url", None);
        var oldUrl = await Uses.FindAsync("old-url", None);
        Assert.Multiple(() =>
        {
            Assert.That((jobsPruned, usesPruned), Is.EqualTo((1, 1)));
            Assert.That(left.Select(job => job.Id), Is.EquivalentTo(new[] { "pending", "recent" }));
            Assert.That(newUrl?.Uses, Is.EqualTo(3));
            Assert.That(oldUrl, Is.Null);
        });
    }

    private Task SaveAsync(ReviewJob job) => Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(job), None);

    private static ReviewJob Job(string id, DateTimeOffset nextAttemptAt) => new()
    {
        Id = id,
        Kind = ReviewJobKind.Prep,
        IncidentId = "C1:1",
        UserId = "U1",
        ChannelId = "C1",
        RequestedAt = T0,
        NextAttemptAt = nextAttemptAt,
    };
}
