namespace SlackBot.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>How often polling jobs look for due work; calendar jobs are checked at least this often.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the record of a finished run is kept (longer for a job whose catch-up window is longer).</summary>
    public TimeSpan RunHistory { get; set; } = TimeSpan.FromDays(1);
}
