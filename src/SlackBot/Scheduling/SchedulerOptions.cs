namespace SlackBot.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>How often scheduled jobs look for due work.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
