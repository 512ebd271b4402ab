using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Lets a receiver wait, within Slack's 3-second window, for the inbox worker's answer to a command or a
/// modal submission, so the answer can travel in the acknowledgement itself. Exactly one side wins: either
/// the receiver takes the answer, or (after it gave up, or was told not to wait) the worker learns it must
/// deliver the answer later.
/// </summary>
public sealed class AckWaiters
{
    private readonly ConcurrentDictionary<string, Waiter> _waiting = new(StringComparer.Ordinal);

    public Waiter Register(string envelopeId)
    {
        var waiter = new Waiter(this, envelopeId);
        _waiting[envelopeId] = waiter;
        return waiter;
    }

    /// <summary>Hands the answer to a waiting receiver. False when nobody is waiting (any more).</summary>
    public bool TryDeliver(string envelopeId, JsonObject? reply) =>
        _waiting.TryRemove(envelopeId, out var waiter) && waiter.Completion.TrySetResult(reply);

    /// <summary>
    /// Tells a waiting receiver to acknowledge now: the answer is far off (many envelopes ahead of it). The worker
    /// then delivers it later, as after a missed budget. False when nobody is waiting.
    /// </summary>
    public bool TryDefer(string envelopeId)
    {
        if (!_waiting.TryRemove(envelopeId, out var waiter)) return false;
        waiter.Deferred = true;
        return waiter.Completion.TrySetCanceled();
    }

    public sealed class Waiter : IDisposable
    {
        private readonly AckWaiters _owner;
        private readonly string _envelopeId;

        internal Waiter(AckWaiters owner, string envelopeId)
        {
            _owner = owner;
            _envelopeId = envelopeId;
        }

        internal TaskCompletionSource<JsonObject?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The worker said not to wait (<see cref="TryDefer"/>), rather than the budget running out.</summary>
        public bool Deferred { get; internal set; }

        /// <summary>
        /// The answer if it arrives within <paramref name="budget"/>; otherwise null, and from then on
        /// <see cref="TryDeliver"/> reports false so the worker delivers the answer another way.
        /// </summary>
        public async Task<(bool Answered, JsonObject? Reply)> WaitAsync(TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
        {
            try
            {
                var reply = await Completion.Task.WaitAsync(budget, time, cancellationToken);
                return (true, reply);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
                // Close the race: if the worker completed at the very last moment, its answer still counts.
                if (Completion.TrySetCanceled() || Completion.Task.IsCanceled) return (false, null);
                return (true, Completion.Task.Result);
            }
        }

        public void Dispose() => _owner._waiting.TryRemove(new KeyValuePair<string, Waiter>(_envelopeId, this));
    }
}
