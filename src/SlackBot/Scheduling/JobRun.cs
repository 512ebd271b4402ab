using System.Globalization;

namespace SlackBot.Scheduling;

public enum JobRunStatus
{
    /// <summary>Claimed by <see cref="JobRun.Owner"/> until <see cref="JobRun.LeaseUntil"/>.</summary>
    Running,
    Succeeded,
    /// <summary>The job threw; tried again while the period is still due.</summary>
    Failed,
    /// <summary>The process stopped or crashed mid-run; tried again while the period is still due.</summary>
    Interrupted,
    /// <summary>Missed while the bot was down, and older than the job's catch-up window: never run.</summary>
    Skipped,
}

/// <summary>
/// The record of one job's run for one period. <see cref="Id"/> is <c>{job}:{period}</c> with the period in a
/// fixed-width UTC form, so a retried write upserts and a job's runs sort by period.
/// </summary>
public sealed record JobRun
{
    public string Id { get; init; } = "";
    public string Job { get; init; } = "";
    public DateTimeOffset Period { get; init; }
    public JobRunStatus Status { get; init; }
    /// <summary>Which scheduler claimed the latest attempt (process and instance).</summary>
    public string? Owner { get; init; }
    public DateTimeOffset? LeaseUntil { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>The exception type of a failed attempt; the details are in the log.</summary>
    public string? Error { get; init; }

    public bool IsSettled => Status is JobRunStatus.Succeeded or JobRunStatus.Skipped;

    public static string IdFor(string job, DateTimeOffset period) => job + ":" + PeriodKey(period);

    public static string PeriodKey(DateTimeOffset period) => period.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
