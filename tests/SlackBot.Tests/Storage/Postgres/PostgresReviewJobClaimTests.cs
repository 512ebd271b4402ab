using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Review;
using SlackBot.Storage.Postgres;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// Two replicas each run a review job worker on one database: <see cref="PostgresReviewJobStore.DueAsync"/> claims
/// what it returns, so each due job goes to exactly one of them until the job's next state is saved or the lease ends.
/// </summary>
public sealed class PostgresReviewJobClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public async Task Each_due_job_is_given_to_exactly_one_replica()
    {
        var (a, b) = await StartTwoAsync();
        var ids = Enumerable.Range(1, 12).Select(index => $"review:Ev{index}").ToList();
        foreach (var id in ids) await a.SaveAsync(Job(id, Now.AddSeconds(-ids.IndexOf(id))), CancellationToken.None);

        // Both workers ask at once, several times, as their loops would.
        var asked = await Task.WhenAll(Enumerable.Range(0, 6).Select(round => (round % 2 == 0 ? a : b).DueAsync(Now, 4, CancellationToken.None)));
        var toA = asked.Where((_, round) => round % 2 == 0).SelectMany(due => due).Select(job => job.Id).ToHashSet();
        var toB = asked.Where((_, round) => round % 2 == 1).SelectMany(due => due).Select(job => job.Id).ToHashSet();
        var againA = (await a.DueAsync(Now, 20, CancellationToken.None)).Select(job => job.Id).ToHashSet();
        var againB = (await b.DueAsync(Now, 20, CancellationToken.None)).Select(job => job.Id).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(toA.Intersect(toB), Is.Empty, "no job is given to both");
            Assert.That(againA.Intersect(againB), Is.Empty, "nor later");
            Assert.That(againA.Union(againB), Is.EquivalentTo(ids), "every due job is given to one of them");
            Assert.That(againA.Intersect(toB), Is.Empty);
            Assert.That(againB.Intersect(toA), Is.Empty);
        });
    }

    [Test]
    public async Task Saving_the_jobs_next_state_ends_the_claim_and_a_dead_replicas_lease_runs_out()
    {
        var (a, b) = await StartTwoAsync();
        await a.SaveAsync(Job("review:retried", Now), CancellationToken.None);
        await a.SaveAsync(Job("review:stuck", Now), CancellationToken.None);

        var claimed = await a.DueAsync(Now, 10, CancellationToken.None);
        var whileClaimed = await b.DueAsync(Now, 10, CancellationToken.None);
        var nextForB = await b.NextAttemptAtAsync(CancellationToken.None);
        // A's attempt failed and it saved the retry (as the worker does, through the unit of work's table).
        await a.SaveAsync(claimed.Single(job => job.Id == "review:retried") with { Attempts = 1, NextAttemptAt = Now.AddSeconds(5) }, CancellationToken.None);
        var afterRetry = await b.DueAsync(Now.AddSeconds(5), 10, CancellationToken.None);
        var afterLease = await b.DueAsync(Now + PostgresReviewJobStore.Lease, 10, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(claimed.Select(job => job.Id), Is.EquivalentTo(new[] { "review:retried", "review:stuck" }));
            Assert.That(whileClaimed, Is.Empty);
            Assert.That(nextForB, Is.EqualTo(Now + PostgresReviewJobStore.Lease), "the other replica waits for the lease, it does not spin");
            Assert.That(afterRetry.Select(job => job.Id), Is.EqualTo(new[] { "review:retried" }), "the saved state is free for anyone");
            Assert.That(afterRetry.Single().Attempts, Is.EqualTo(1));
            Assert.That(afterLease.Select(job => job.Id), Is.EquivalentTo(new[] { "review:retried", "review:stuck" }), "B holds the first, and A's lease on the second ran out");
        });
    }

    private async Task<(PostgresReviewJobStore A, PostgresReviewJobStore B)> StartTwoAsync()
    {
        var a = await _replicas.StartAsync();
        var b = await _replicas.StartAsync();
        Assert.That(a.GetRequiredService<PostgresDatabase>().Replica, Is.Not.EqualTo(b.GetRequiredService<PostgresDatabase>().Replica));
        return (a.GetRequiredService<PostgresReviewJobStore>(), b.GetRequiredService<PostgresReviewJobStore>());
    }

    private static ReviewJob Job(string id, DateTimeOffset nextAttemptAt) => new()
    {
        Id = id,
        Kind = ReviewJobKind.Export,
        IncidentId = "C0INC1:1793886101",
        UserId = "U0CAROL",
        ChannelId = "C0INC1",
        RequestedAt = Now.AddMinutes(-1),
        NextAttemptAt = nextAttemptAt,
    };
}
