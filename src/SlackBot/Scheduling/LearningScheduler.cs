using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlackBot.Scheduling;

/// <summary>
/// Runs each <see cref="IScheduledJob"/> once per period of its cadence, in the order the jobs declare, on the
/// injected clock. Every run of (job, period) is claimed and finished in <see cref="IJobRunStore"/>: a finished period
/// is not run again after a restart, and one a crash interrupted is run again.
/// </summary>
public sealed partial class LearningScheduler(
    IServiceScopeFactory scopes,
    IJobRunStore runs,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<LearningScheduler> logger) : BackgroundService
{
    /// <summary>How long a claim holds off another scheduler; far longer than a run takes.</summary>
    internal static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    /// <summary>This scheduler, as the owner of its claims: another process (or a later start) is another owner.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Checks the jobs before the host counts as started, so a broken declaration stops start-up.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Orders the jobs (throwing <see cref="ScheduleException"/> when their declarations do not fit together) and marks
    /// runs a previous process left unfinished as interrupted, so that they are tried again. Returns the job names in order.
    /// </summary>
    public async Task<IReadOnlyList<string>> PrepareAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var order = JobOrder.Sort(await JobsAsync(scope.ServiceProvider, cancellationToken)).Select(job => job.Schedule.Name).ToList();
        LogOrder(string.Join(", ", order));

        var interrupted = await runs.RecoverInterruptedAsync(time.GetUtcNow(), cancellationToken);
        if (interrupted > 0) LogRecovered(interrupted);
        return order;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await RunDueAsync(stoppingToken) - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// One pass: every job's due periods, in order; a failing job is recorded and logged and does not stop the others.
    /// Returns when the next period of any job begins, at most one interval away so that new jobs are seen.
    /// </summary>
    public async Task<DateTimeOffset> RunDueAsync(CancellationToken cancellationToken)
    {
        var tick = options.Value.Interval;
        var wake = time.GetUtcNow() + tick;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var job in JobOrder.Sort(await JobsAsync(scope.ServiceProvider, cancellationToken)))
            {
                if (cancellationToken.IsCancellationRequested) break;
                try
                {
                    await RunDuePeriodsAsync(job, tick, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The run records themselves failed (storage); the job's own failures are recorded in RunClaimedAsync.
                    LogJobUnscheduled(exception, job.Schedule.Name);
                }

                var next = job.Schedule.Cadence.NextAfter(time.GetUtcNow(), tick);
                if (next < wake) wake = next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: a run cut short is already recorded as interrupted.
        }
        catch (Exception exception)
        {
            LogPassFailed(exception);
        }

        return wake;
    }

    private static async Task<List<IScheduledJob>> JobsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var jobs = services.GetServices<IScheduledJob>().ToList();
        foreach (var source in services.GetServices<IScheduledJobSource>()) jobs.AddRange(await source.JobsAsync(cancellationToken));
        return jobs;
    }

    private async Task RunDuePeriodsAsync(IScheduledJob job, TimeSpan tick, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        var now = time.GetUtcNow();
        var latest = await runs.LatestAsync(schedule.Name, cancellationToken);
        var due = schedule.Cadence.Due(now, tick, latest?.Period);
        var newest = latest?.Period;
        var recorded = false;

        if (due.Skipped is { } skipped)
        {
            LogSkipped(schedule.Name, skipped.Count, skipped.First, skipped.Last);
            await runs.RecordSkippedAsync(schedule.Name, skipped.Last, now, cancellationToken);
            newest = Later(newest, skipped.Last);
            recorded = true;
        }

        foreach (var period in due.Runnable)
        {
            if (cancellationToken.IsCancellationRequested) return;
            if (latest is { IsSettled: true } && latest.Period == period) continue;
            var claim = await runs.TryClaimAsync(schedule.Name, period, Owner, now, now + ClaimLease, cancellationToken);
            if (claim is null) continue;

            if (schedule.Cadence is CronCadence && now - period > tick) LogLate(schedule.Name, period, now - period);
            await RunClaimedAsync(job, claim, cancellationToken);
            newest = Later(newest, period);
            recorded = true;
        }

        // History only grows when something was recorded. The newest record is always kept: it is where the next
        // pass counts missed periods from.
        if (!recorded) return;
        var keep = schedule.Cadence is CronCadence cron && cron.CatchUpWindow > options.Value.RunHistory ? cron.CatchUpWindow : options.Value.RunHistory;
        var before = now - keep;
        if (newest is { } last && last < before) before = last;
        await runs.PruneAsync(schedule.Name, before, cancellationToken);
    }

    private async Task RunClaimedAsync(IScheduledJob job, JobRun claim, CancellationToken cancellationToken)
    {
        JobRunStatus outcome;
        string? error = null;
        try
        {
            await job.RunAsync(new ScheduledRun(claim.Job, claim.Period, claim.Attempts), cancellationToken);
            outcome = JobRunStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await runs.FinishAsync(claim, JobRunStatus.Interrupted, time.GetUtcNow(), null, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            LogJobFailed(exception, claim.Job, claim.Period, claim.Attempts);
            outcome = JobRunStatus.Failed;
            error = exception.GetType().Name;
        }

        if (!await runs.FinishAsync(claim, outcome, time.GetUtcNow(), error, CancellationToken.None)) LogClaimLost(claim.Job, claim.Period);
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } value && value > b ? value : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled jobs, in the order each pass runs them: {Jobs}")]
    private partial void LogOrder(string jobs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} scheduled run(s) were cut short by the last shutdown; they run again while still due")]
    private partial void LogRecovered(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Job} missed {Count} period(s) from {First:O} to {Last:O} while the bot was not running; older than its catch-up window, so skipped")]
    private partial void LogSkipped(string job, int count, DateTimeOffset first, DateTimeOffset last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} runs late for {Period:O} ({Late} after it was due), within its catch-up window")]
    private partial void LogLate(string job, DateTimeOffset period, TimeSpan late);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed for {Period:O} (attempt {Attempt}); it runs again while due")]
    private partial void LogJobFailed(Exception exception, string job, DateTimeOffset period, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Job} finished {Period:O} after its claim had passed to another scheduler; its record is left to that one")]
    private partial void LogClaimLost(string job, DateTimeOffset period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} could not be run or recorded this pass; it is tried again next pass")]
    private partial void LogJobUnscheduled(Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduler pass failed; the next one starts in one interval")]
    private partial void LogPassFailed(Exception exception);
}
