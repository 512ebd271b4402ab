using System.Net.WebSockets;
using SlackBot.Slack.Api;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Short descriptions of connect and connection failures for log lines. Built from what each failure means, never
/// from a URL, so the single-use ticket in the <c>wss</c> URL cannot reach the logs.
/// </summary>
internal static class SocketModeFailures
{
    public static string Describe(Exception? failure) => failure switch
    {
        null => "no answer",
        SlackRateLimitedException { RetryAfter: { } retryAfter } => $"apps.connections.open is rate limited, Retry-After {retryAfter}",
        SlackRateLimitedException => "apps.connections.open is rate limited",
        SlackApiException api => $"apps.connections.open answered {api.Error}",
        SlackTransportException transport => transport.StatusCode is { } status
            ? $"apps.connections.open failed with HTTP {status}"
            : "apps.connections.open did not reach Slack",
        WebSocketException webSocket => $"WebSocket {webSocket.WebSocketErrorCode}: {webSocket.Message}",
        SocketModeConnectionLostException lost => lost.Message,
        OperationCanceledException => "cancelled",
        _ => failure.GetType().Name,
    };
}
