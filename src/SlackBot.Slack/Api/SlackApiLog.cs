using Microsoft.Extensions.Logging;

namespace SlackBot.Slack.Api;

/// <summary>
/// Every log line of the Web API client. Lines name the method, status, error code and waits; tokens never
/// appear, and request bodies (which carry what people wrote) only at Trace.
/// </summary>
internal static partial class SlackApiLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Trace, Message = "Slack method {Method} request body: {Body}")]
    public static partial void RequestBody(ILogger logger, string method, string body);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Slack method {Method} answered HTTP {StatusCode}")]
    public static partial void Answered(ILogger logger, string method, int statusCode);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Slack method {Method} succeeded with warnings: {Warnings}")]
    public static partial void SucceededWithWarnings(ILogger logger, string method, string warnings);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Slack method {Method} answered error {Error}")]
    public static partial void AnsweredError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Slack method {Method} was rate limited; retrying in {RetryAfter} (retry {Attempt} of {MaxAttempts})")]
    public static partial void RetryingRateLimited(ILogger logger, string method, TimeSpan retryAfter, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Slack method {Method} is rate limited and the client has stopped waiting (Retry-After {RetryAfter})")]
    public static partial void GaveUpRateLimited(ILogger logger, string method, TimeSpan? retryAfter);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Slack read {Method} failed ({Failure}); retrying in {Delay} (retry {Attempt} of {MaxAttempts})")]
    public static partial void RetryingRead(ILogger logger, string method, string failure, TimeSpan delay, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Slack method {Method} did not complete ({Failure}); may have been processed: {MayHaveBeenProcessed}")]
    public static partial void DidNotComplete(ILogger logger, string method, string failure, bool mayHaveBeenProcessed);
}
