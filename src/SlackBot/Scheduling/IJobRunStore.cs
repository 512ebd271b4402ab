namespace SlackBot.Scheduling;

/// <summary>
/// The durable record of scheduled runs, one per (job, period). The contract a second implementation keeps:
/// <list type="bullet">
/// <item>one record per <see cref="JobRun.Id"/>; <see cref="TryClaimAsync"/> is atomic, so of two schedulers claiming
/// the same period at most one gets it while its lease lasts;</item>
/// <item>a settled period (succeeded or skipped) is never claimed again;</item>
/// <item>only the claim's owner can finish it, so a run that lost its lease cannot overwrite the one that took over.</item>
/// </list>
/// </summary>
public interface IJobRunStore
{
    Task<JobRun?> FindAsync(string job, DateTimeOffset period, CancellationToken cancellationToken = default);

    /// <summary>The job's run with the latest period, whatever its status.</summary>
    Task<JobRun?> LatestAsync(string job, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims (job, period) for <paramref name="owner"/> until <paramref name="until"/>: when it has no record, or its
    /// last attempt failed, was interrupted, or holds an expired lease. Null when settled or held by a live lease.
    /// </summary>
    Task<JobRun?> TryClaimAsync(string job, DateTimeOffset period, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Ends a claim with <paramref name="status"/>; false (and nothing written) if the claim is no longer held.</summary>
    Task<bool> FinishAsync(JobRun claim, JobRunStatus status, DateTimeOffset at, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>Records a missed period as skipped, unless it already has a record.</summary>
    Task RecordSkippedAsync(string job, DateTimeOffset period, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// At start-up: marks as interrupted the runs no live scheduler can still hold, so they are tried again. An embedded
    /// store has one process, so that is every unfinished run; a shared one would release only expired leases.
    /// </summary>
    Task<int> RecoverInterruptedAsync(DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes the job's finished runs whose period is before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(string job, DateTimeOffset before, CancellationToken cancellationToken = default);
}
