namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// The system clock, moved forward on demand. A test skips the hours until a question is due instead of waiting for
/// them, while the bot's timers (scheduler ticks, outbox pacing) keep running in real time. Give the same instance to
/// the fake Slack and the bot, so that signed request timestamps and message ts agree with the bot's idea of now.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" forward by <paramref name="span"/>, as if that much time had passed at once.</summary>
    public void Skip(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, span.Ticks);
    }
}
