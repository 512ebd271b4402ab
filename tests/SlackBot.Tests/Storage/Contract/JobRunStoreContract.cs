using SlackBot.Scheduling;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>
/// The run records' contract (IJobRunStore's summary, docs/storage-contract.md "Job runs"): one record per (job, period),
/// claims that exclude each other, settled is final.
/// </summary>
public abstract class JobRunStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Period = Now.AddMinutes(-1);

    private IJobRunStore Runs => Get<IJobRunStore>();

    [Test]
    public async Task A_period_is_claimed_once_while_the_lease_lasts_and_again_once_it_has_expired()
    {
        var first = await Runs.TryClaimAsync("digest", Period, "replica-a", Now, Now.AddMinutes(15));
        var meanwhile = await Runs.TryClaimAsync("digest", Period, "replica-b", Now.AddMinutes(14), Now.AddMinutes(29));
        var afterExpiry = await Runs.TryClaimAsync("digest", Period, "replica-b", Now.AddMinutes(15), Now.AddMinutes(30));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(first!.Id, Is.EqualTo("digest:2026-03-02T09:59:00.0000000Z"), "the natural key");
            Assert.That(first.Attempts, Is.EqualTo(1));
            Assert.That(meanwhile, Is.Null, "a live lease is not taken over");
            Assert.That(afterExpiry, Is.Not.Null);
            Assert.That(afterExpiry!.Owner, Is.EqualTo("replica-b"));
            Assert.That(afterExpiry.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Only_the_claims_owner_finishes_it_and_a_settled_period_is_never_claimed_again()
    {
        var stale = (await Runs.TryClaimAsync("digest", Period, "replica-a", Now, Now.AddMinutes(15)))!;
        var current = (await Runs.TryClaimAsync("digest", Period, "replica-b", Now.AddMinutes(20), Now.AddMinutes(35)))!;

        var staleFinished = await Runs.FinishAsync(stale, JobRunStatus.Succeeded, Now.AddMinutes(21));
        var currentFinished = await Runs.FinishAsync(current, JobRunStatus.Succeeded, Now.AddMinutes(22));
        var again = await Runs.TryClaimAsync("digest", Period, "replica-a", Now.AddDays(1), Now.AddDays(2));

        var record = (await Runs.FindAsync("digest", Period))!;
        Assert.Multiple(() =>
        {
            Assert.That(staleFinished, Is.False, "its lease had passed to another scheduler");
            Assert.That(currentFinished, Is.True);
            Assert.That(record.Status, Is.EqualTo(JobRunStatus.Succeeded));
            Assert.That(record.Owner, Is.EqualTo("replica-b"));
            Assert.That(record.FinishedAt, Is.EqualTo(Now.AddMinutes(22)));
            Assert.That(again, Is.Null);
        });
    }

    [Test]
    public async Task A_failed_or_interrupted_period_can_be_claimed_again_but_a_skipped_one_cannot()
    {
        var failed = (await Runs.TryClaimAsync("a", Period, "me", Now, Now.AddMinutes(15)))!;
        await Runs.FinishAsync(failed, JobRunStatus.Failed, Now, "InvalidOperationException");
        await Runs.TryClaimAsync("b", Period, "me", Now, Now.AddMinutes(15));
        // At the lease's end: every provider recovers it (a shared one leaves live leases alone, see the provider tests).
        var recovered = await Runs.RecoverInterruptedAsync(Now.AddMinutes(15));
        await Runs.RecordSkippedAsync("c", Period, Now);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await Runs.FindAsync("a", Period))!.Error, Is.EqualTo("InvalidOperationException"));
            Assert.That(recovered, Is.EqualTo(1));
            Assert.That((await Runs.FindAsync("b", Period))!.Status, Is.EqualTo(JobRunStatus.Interrupted));
            Assert.That(await Runs.TryClaimAsync("a", Period, "me", Now, Now.AddMinutes(15)), Is.Not.Null);
            Assert.That(await Runs.TryClaimAsync("b", Period, "me", Now, Now.AddMinutes(15)), Is.Not.Null);
            Assert.That(await Runs.TryClaimAsync("c", Period, "me", Now, Now.AddMinutes(15)), Is.Null);
        });
    }

    [Test]
    public async Task Skipping_a_period_that_already_has_a_record_changes_nothing()
    {
        var claim = (await Runs.TryClaimAsync("digest", Period, "me", Now, Now.AddMinutes(15)))!;
        await Runs.FinishAsync(claim, JobRunStatus.Succeeded, Now);

        await Runs.RecordSkippedAsync("digest", Period, Now.AddDays(3));

        Assert.That((await Runs.FindAsync("digest", Period))!.Status, Is.EqualTo(JobRunStatus.Succeeded));
    }

    [Test]
    public async Task The_latest_run_and_pruning_are_per_job_even_for_names_that_sort_next_to_each_other()
    {
        string[] jobs = ["a", "a.b", "a-b", "ab", "a/b", "A2", "b"];
        foreach (var job in jobs)
        {
            for (var minute = 0; minute < 10; minute++) await Settle(job, Now.AddMinutes(minute + jobs.Length * Array.IndexOf(jobs, job)));
        }

        var pruned = await Runs.PruneAsync("a", Now.AddMinutes(5));

        await Assert.MultipleAsync(async () =>
        {
            foreach (var job in jobs)
            {
                var offset = jobs.Length * Array.IndexOf(jobs, job);
                Assert.That((await Runs.LatestAsync(job))!.Period, Is.EqualTo(Now.AddMinutes(offset + 9)), job);
            }

            Assert.That(pruned, Is.EqualTo(5), "minutes 0 to 4 of job a");
            Assert.That(await Runs.FindAsync("a", Now.AddMinutes(4)), Is.Null);
            Assert.That(await Runs.FindAsync("a", Now.AddMinutes(5)), Is.Not.Null, "the bound itself is kept");
            Assert.That(await Runs.FindAsync("a.b", Now.AddMinutes(7)), Is.Not.Null, "other jobs keep theirs");
            Assert.That(await Runs.LatestAsync("c"), Is.Null);
        });
    }

    [Test]
    public async Task Pruning_keeps_a_run_that_is_still_under_way()
    {
        await Runs.TryClaimAsync("digest", Period, "me", Now, Now.AddMinutes(15));

        var pruned = await Runs.PruneAsync("digest", Now.AddDays(1));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(pruned, Is.Zero);
            Assert.That((await Runs.FindAsync("digest", Period))!.Status, Is.EqualTo(JobRunStatus.Running));
        });
    }

    private async Task Settle(string job, DateTimeOffset period)
    {
        var claim = (await Runs.TryClaimAsync(job, period, "me", Now, Now.AddMinutes(15)))!;
        await Runs.FinishAsync(claim, JobRunStatus.Succeeded, Now);
    }
}
