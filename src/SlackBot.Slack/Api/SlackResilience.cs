using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SlackBot.Slack.Api;

/// <summary>
/// The retry rules for Slack, outermost first:
/// <list type="number">
/// <item>HTTP 429 is repeated for any method after Slack's Retry-After, because Slack did not process the call;
/// a wait longer than <see cref="SlackApiOptions.MaxRetryAfter"/> is not sat out but handed to the caller.</item>
/// <item>Server errors, connection failures and timeouts are repeated with backoff and jitter for reads only;
/// a write such as chat.postMessage may already have landed, so it is never blindly sent twice.</item>
/// <item>Each attempt gets <see cref="SlackApiOptions.AttemptTimeout"/>.</item>
/// </list>
/// Delays run on the pipeline's TimeProvider, which the DI registration takes from the container.
/// </summary>
internal static class SlackResilience
{
    public const string PipelineName = "slack";

    /// <summary>Slack always sends Retry-After with a 429; should it not, a short pause still avoids hammering.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ReadRetryBaseDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReadRetryMaxDelay = TimeSpan.FromSeconds(30);

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        SlackApiOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        if (options.RateLimitRetries > 0)
        {
            pipeline.AddRetry(RateLimitRetry(options, timeProvider, logger));
        }

        if (options.ReadRetries > 0)
        {
            pipeline.AddRetry(ReadRetry(options, logger));
        }

        pipeline.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "slack-attempt-timeout",
            Timeout = options.AttemptTimeout,
        });
    }

    private static RetryStrategyOptions<HttpResponseMessage> RateLimitRetry(
        SlackApiOptions options, TimeProvider timeProvider, ILogger logger) => new()
    {
        Name = "slack-rate-limit",
        MaxRetryAttempts = options.RateLimitRetries,
        ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            && SlackRequestOptions.CanResend(args.Context.GetRequestMessage())
            && WaitFor(response, timeProvider) <= options.MaxRetryAfter),
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
            args.Outcome.Result is { } response ? WaitFor(response, timeProvider) : DefaultRetryAfter),
        OnRetry = args =>
        {
            SlackApiLog.RetryingRateLimited(
                logger,
                SlackRequestOptions.MethodOf(args.Context.GetRequestMessage()),
                args.RetryDelay,
                args.AttemptNumber + 1,
                options.RateLimitRetries);
            return ValueTask.CompletedTask;
        },
    };

    private static RetryStrategyOptions<HttpResponseMessage> ReadRetry(SlackApiOptions options, ILogger logger) => new()
    {
        Name = "slack-read-retry",
        MaxRetryAttempts = options.ReadRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = ReadRetryBaseDelay,
        MaxDelay = ReadRetryMaxDelay,
        ShouldHandle = args => ValueTask.FromResult(
            SlackRequestOptions.IsRead(args.Context.GetRequestMessage())
            && IsTransient(args.Outcome)),
        OnRetry = args =>
        {
            SlackApiLog.RetryingRead(
                logger,
                SlackRequestOptions.MethodOf(args.Context.GetRequestMessage()),
                DescribeFailure(args.Outcome),
                args.RetryDelay,
                args.AttemptNumber + 1,
                options.ReadRetries);
            return ValueTask.CompletedTask;
        },
    };

    private static TimeSpan WaitFor(HttpResponseMessage response, TimeProvider timeProvider) =>
        SlackRetryAfter.Read(response, timeProvider.GetUtcNow()) ?? DefaultRetryAfter;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout } => true,
        { Result.StatusCode: var status } when (int)status >= 500 => true,
        _ => false,
    };

    private static string DescribeFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => "timeout",
        { Exception: HttpRequestException exception } => TransportFailure.Describe(exception),
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        _ => "unknown failure",
    };
}
