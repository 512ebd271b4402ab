namespace SlackBot.Slack.Dispatch;

/// <summary>Who the bot is in this workspace, as <c>auth.test</c> reports it.</summary>
public sealed record BotIdentity(string UserId, string? BotId, string TeamId);

/// <summary>
/// Holds the bot's identity once start-up has called <c>auth.test</c>; until then <see cref="Current"/> is null
/// and the app is not ready.
/// </summary>
public sealed class BotIdentityAccessor
{
    private BotIdentity? _current;

    public BotIdentity? Current => Volatile.Read(ref _current);

    public BotIdentity Required =>
        Current ?? throw new InvalidOperationException("The bot's identity is not known yet: auth.test has not completed.");

    public void Set(BotIdentity identity)
    {
        Volatile.Write(ref _current, identity);
        _known.TrySetResult(identity);
    }

    // Completed by Set; awaited only once start-up has said an identity is on its way (Expect).
    private readonly TaskCompletionSource<BotIdentity> _known = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _expected;

    /// <summary>
    /// Start-up learns the identity in the background (the host listens at once): from now on <see cref="WhenReadyAsync"/>
    /// holds processing until <see cref="Set"/>, so nothing received meanwhile is processed before it can be screened
    /// for the bot's own echoes.
    /// </summary>
    public void Expect() => _expected = true;

    /// <summary>
    /// The identity once known; at once (possibly null) when nobody announced one is coming (<see cref="Expect"/>), as in
    /// a host that never asks Slack.
    /// </summary>
    public ValueTask<BotIdentity?> WhenReadyAsync(CancellationToken cancellationToken) =>
        Current is { } known ? ValueTask.FromResult<BotIdentity?>(known)
        : !_expected ? ValueTask.FromResult<BotIdentity?>(null)
        : AwaitKnownAsync(cancellationToken);

    private async ValueTask<BotIdentity?> AwaitKnownAsync(CancellationToken cancellationToken) =>
        await _known.Task.WaitAsync(cancellationToken);
}
