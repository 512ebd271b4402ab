namespace SlackBot.Features.Review;

/// <summary>
/// Export and prep jobs, keyed by <see cref="ReviewJob.Id"/> (derived from the command's envelope). Jobs are written
/// through the unit of work (<c>transaction.Save(job)</c>, an upsert), so a finished job commits with its message.
/// </summary>
public interface IReviewJobStore
{
    /// <summary>Finished jobs are kept this long for people to look at.</summary>
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    Task<ReviewJob?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Pending jobs whose <see cref="ReviewJob.NextAttemptAt"/> has come, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<ReviewJob>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>The earliest next attempt among pending jobs, or null when none is pending.</summary>
    Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken cancellationToken);

    /// <summary>Every job, oldest request first.</summary>
    Task<IReadOnlyList<ReviewJob>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Deletes finished (done or failed) jobs completed before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
