using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Lets a receiver wait, within Slack's 3-second window, for the inbox worker's answer to a command or a
/// modal submission, so the answer can travel in the acknowledgement itself. Exactly one side wins: either
/// the receiver takes the answer, or (after it gave up) the worker learns it must deliver the answer later.
/// </summary>
public sealed class AckWaiters
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject?>> _waiting = new(StringComparer.Ordinal);

    public Waiter Register(string envelopeId)
    {
        var completion = new TaskCompletionSource<JsonObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[envelopeId] = completion;
        return new Waiter(this, envelopeId, completion);
    }

    /// <summary>Hands the answer to a waiting receiver. False when nobody is waiting (any more).</summary>
    public bool TryDeliver(string envelopeId, JsonObject? reply) =>
        _waiting.TryRemove(envelopeId, out var completion) && completion.TrySetResult(reply);

    public sealed class Waiter(AckWaiters owner, string envelopeId, TaskCompletionSource<JsonObject?> completion) : IDisposable
    {
        /// <summary>
        /// The answer if it arrives within <paramref name="budget"/>; otherwise null, and from then on
        /// <see cref="TryDeliver"/> reports false so the worker delivers the answer another way.
        /// </summary>
        public async Task<(bool Answered, JsonObject? Reply)> WaitAsync(TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
        {
            try
            {
                var reply = await completion.Task.WaitAsync(budget, time, cancellationToken);
                return (true, reply);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
                // Close the race: if the worker completed at the very last moment, its answer still counts.
                if (completion.TrySetCanceled()) return (false, null);
                return (true, completion.Task.Result);
            }
        }

        public void Dispose() => owner._waiting.TryRemove(new KeyValuePair<string, TaskCompletionSource<JsonObject?>>(envelopeId, completion));
    }
}
