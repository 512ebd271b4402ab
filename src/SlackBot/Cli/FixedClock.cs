namespace SlackBot.Cli;

/// <summary>A clock stopped at one moment: the demo shows the timing decisions as they were at resolution.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
