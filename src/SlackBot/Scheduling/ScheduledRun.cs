namespace SlackBot.Scheduling;

/// <summary>
/// One run of a job, as the job sees it: the <paramref name="Period"/> it is for (the cron occurrence, or the start
/// of the interval slot) and which attempt at that period this is (more than 1 after a crash or a failure).
/// </summary>
public sealed record ScheduledRun(string Job, DateTimeOffset Period, int Attempt);
