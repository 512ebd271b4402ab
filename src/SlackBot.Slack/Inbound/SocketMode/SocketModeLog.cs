using Microsoft.Extensions.Logging;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Every log line of the Socket Mode receiver. A connection is named by its number and Slack's host only: the
/// <c>wss</c> URL carries a ticket that would let anyone open the connection. Frame contents (what people wrote)
/// are never logged.
/// </summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug, Message = "Socket Mode connection {Connection}: connecting to {Host}")]
    public static partial void Connecting(ILogger logger, int connection, string host);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Socket Mode connection {Connection} to {Host} is ready (app {AppId}, {NumConnections} connection(s) open, expected to last about {ApproximateSeconds} s)")]
    public static partial void Connected(ILogger logger, int connection, string host, string? appId, int? numConnections, int? approximateSeconds);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Socket Mode connection attempt {Attempt} failed ({Failure}); trying again in {Delay}")]
    public static partial void RetryingConnect(ILogger logger, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information,
        Message = "Slack asked to replace Socket Mode connection {Connection} ({Reason}); it keeps serving until the new one is ready")]
    public static partial void ReplacementRequested(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Socket Mode connection {Connection} retired; connection {Replacement} took over")]
    public static partial void Replaced(ILogger logger, int connection, int replacement);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} lost ({Reason}); reconnecting")]
    public static partial void Lost(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Error, Message = "Socket Mode cannot go on, so the bot stops: {Explanation}")]
    public static partial void Rejected(ILogger logger, string explanation);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Warning, Message = "Socket Mode connection {Connection}: ignored an unreadable frame ({Reason}, {Length} characters)")]
    public static partial void UnreadableFrame(ILogger logger, int connection, string reason, int length);

    [LoggerMessage(EventId = 1208, Level = LogLevel.Warning, Message = "Acknowledged and dropped {EnvelopeType} envelope {EnvelopeId}: {Reason}")]
    public static partial void InvalidEnvelope(ILogger logger, string envelopeType, string envelopeId, string reason);

    [LoggerMessage(EventId = 1209, Level = LogLevel.Warning, Message = "Slack reports dropping events over the workspace limit (minute {Minute})")]
    public static partial void SlackRateLimited(ILogger logger, long minute);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Error, Message = "Could not store {Type} ({EnvelopeId}); not acknowledged, so Slack delivers it again")]
    public static partial void DispatchFailed(ILogger logger, Exception exception, string type, string envelopeId);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Warning,
        Message = "Socket Mode connection {Connection}: could not acknowledge envelope {EnvelopeId} ({Failure}); Slack delivers it again")]
    public static partial void AckFailed(ILogger logger, int connection, string envelopeId, string failure);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Information,
        Message = "Socket Mode connection {Connection}: envelope {EnvelopeId} arrived while closing; left unacknowledged for Slack to deliver again")]
    public static partial void ArrivedWhileClosing(ILogger logger, int connection, string envelopeId);

    [LoggerMessage(EventId = 1213, Level = LogLevel.Debug, Message = "Socket Mode connection {Connection} closed ({Reason})")]
    public static partial void Closed(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 1214, Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} did not close cleanly within {Timeout}; dropped it")]
    public static partial void CloseTimedOut(ILogger logger, int connection, TimeSpan timeout);

    [LoggerMessage(EventId = 1215, Level = LogLevel.Trace, Message = "Socket Mode connection {Connection}: acknowledged {EnvelopeType} envelope {EnvelopeId}")]
    public static partial void Acknowledged(ILogger logger, int connection, string envelopeType, string envelopeId);

    [LoggerMessage(EventId = 1216, Level = LogLevel.Warning,
        Message = "Socket Mode: dropped a frame of {Length} bytes, over the {MaxBytes}-byte limit (Slack:SocketMode:MaxMessageBytes); the connection stays open")]
    public static partial void OversizeFrame(ILogger logger, long length, int maxBytes);
}
