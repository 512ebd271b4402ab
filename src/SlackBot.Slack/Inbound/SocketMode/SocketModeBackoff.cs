using Polly;
using Polly.Retry;
using SlackBot.Slack.Api;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// How long to wait before the next attempt to (re)connect, and the Polly pipeline that waits it. Every attempt is a
/// fresh apps.connections.open (the URL works once), so the pipeline wraps the whole connect. Each run of the
/// pipeline starts again from the base delay: the receiver runs it anew after a connection said hello.
/// </summary>
internal static class SocketModeBackoff
{
    /// <summary>
    /// The share of each delay taken off at random, so that many bots cut off together do not come back together.
    /// Under half, so each delay is still longer than the one before until the cap.
    /// </summary>
    public const double JitterShare = 0.2;

    /// <summary>
    /// <c>base · 2^attempt</c>, capped at <paramref name="maxDelay"/>, less up to <see cref="JitterShare"/> of it.
    /// </summary>
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 40));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 - JitterShare * Math.Clamp(random, 0, 1)));
    }

    /// <summary>The backoff delay, or Slack's Retry-After when apps.connections.open was rate limited for longer.</summary>
    public static TimeSpan DelayAfter(Exception? failure, int attempt, SocketModeOptions options, double random)
    {
        var backoff = Delay(attempt, options.ReconnectBaseDelay, options.ReconnectMaxDelay, random);
        return failure is SlackRateLimitedException { RetryAfter: { } retryAfter } && retryAfter > backoff ? retryAfter : backoff;
    }

    /// <summary>
    /// Retries until success, until Slack rejects Socket Mode for good (<see cref="SocketModeRejectedException"/>), or
    /// until the caller's token is cancelled. Waits run on <paramref name="time"/>.
    /// </summary>
    public static ResiliencePipeline Build(
        SocketModeOptions options,
        TimeProvider time,
        Func<double> random,
        Action<int, Exception?, TimeSpan> onRetry) =>
        new ResiliencePipelineBuilder { Name = "slack-socket-mode", TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = "socket-mode-reconnect",
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(exception => exception is not SocketModeRejectedException),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayAfter(args.Outcome.Exception, args.AttemptNumber, options, random())),
                OnRetry = args =>
                {
                    onRetry(args.AttemptNumber + 1, args.Outcome.Exception, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
