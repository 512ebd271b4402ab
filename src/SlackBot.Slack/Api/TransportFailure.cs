using System.Net.Sockets;

namespace SlackBot.Slack.Api;

/// <summary>
/// Decides whether a failed request could have reached Slack. Only failures before a connection existed
/// (name resolution, connect, TLS handshake, proxy tunnel) prove it did not; anything later may have been
/// processed, and a write then has to be verified before it is sent again.
/// </summary>
internal static class TransportFailure
{
    public static bool MayHaveBeenProcessed(HttpRequestException exception) =>
        exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError
                or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError
                or HttpRequestError.ProxyTunnelError => false,
            _ => !FailedBeforeConnecting(exception.InnerException),
        };

    /// <summary>A short, secret-free description for logs and exception messages.</summary>
    public static string Describe(HttpRequestException exception) =>
        exception.StatusCode is { } status
            ? $"HTTP {(int)status}"
            : exception.HttpRequestError == HttpRequestError.Unknown
                ? "transport error"
                : $"transport error {exception.HttpRequestError}";

    // Handlers other than SocketsHttpHandler may leave HttpRequestError unset but keep the socket error.
    private static bool FailedBeforeConnecting(Exception? inner)
    {
        for (var current = inner; current is not null; current = current.InnerException)
        {
            if (current is SocketException
                {
                    SocketErrorCode: SocketError.ConnectionRefused
                        or SocketError.HostNotFound
                        or SocketError.HostUnreachable
                        or SocketError.NetworkUnreachable
                        or SocketError.TryAgain
                        or SocketError.NoData
                })
            {
                return true;
            }
        }

        return false;
    }
}
