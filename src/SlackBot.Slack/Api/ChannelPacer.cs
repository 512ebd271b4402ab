namespace SlackBot.Slack.Api;

/// <summary>
/// Spaces posts to one channel at least an interval apart (Slack allows about one message per second per
/// channel); posts to different channels never wait for each other. Each caller reserves the next free slot
/// of its channel, so concurrent posts queue up in arrival order instead of all waking at once.
/// </summary>
public sealed class ChannelPacer
{
    // Entries whose slot has passed impose no wait; clearing them keeps a long-running bot's map small.
    private const int PruneThreshold = 1024;

    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, DateTimeOffset> _nextFreeSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ChannelPacer(TimeSpan interval, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _interval = interval;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Completes when <paramref name="channel"/> may receive the next post. A cancelled wait keeps its slot:
    /// the next post to that channel waits one interval more than strictly needed, which errs on the safe side.
    /// </summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        if (_interval == TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var slot = _nextFreeSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextFreeSlot[channel] = slot + _interval;
            wait = slot - now;

            if (_nextFreeSlot.Count > PruneThreshold)
            {
                PrunePassedSlots(now);
            }
        }

        return wait > TimeSpan.Zero
            ? Task.Delay(wait, _timeProvider, cancellationToken)
            : Task.CompletedTask;
    }

    private void PrunePassedSlots(DateTimeOffset now)
    {
        foreach (var (channel, slot) in _nextFreeSlot)
        {
            if (slot <= now)
            {
                _nextFreeSlot.Remove(channel);
            }
        }
    }
}
