namespace SlackBot.Testing.Fakes;

/// <summary>Knobs for one fake Slack instance. Every time the fake stamps (message ts, recorded calls, signed request
/// timestamps, trigger expiry, Slow faults, the disconnect grace period) comes from <see cref="Clock"/>, so a
/// FakeTimeProvider makes all of it deterministic. Waits in tests always use real time.</summary>
public sealed class FakeSlackOptions
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Slack honours a trigger_id for three seconds.</summary>
    public TimeSpan TriggerIdLifetime { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>After a <c>warning</c> or <c>refresh_requested</c> disconnect the old socket stays open until the client
    /// has opened a new one or this much time has passed. Slack sends <c>warning</c> about ten seconds ahead.</summary>
    public TimeSpan DisconnectGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Write '/' as "\/" in Web API responses and in payloads sent to the bot, as Slack does.</summary>
    public bool EscapeSlashes { get; init; } = true;
}
