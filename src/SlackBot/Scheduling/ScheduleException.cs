namespace SlackBot.Scheduling;

/// <summary>The scheduled jobs' declarations do not fit together (a cycle, a missing or duplicate name); start-up stops.</summary>
public sealed class ScheduleException : Exception
{
    public ScheduleException()
    {
    }

    public ScheduleException(string message) : base(message)
    {
    }

    public ScheduleException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
