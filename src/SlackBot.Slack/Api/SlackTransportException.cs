namespace SlackBot.Slack.Api;

/// <summary>
/// The call did not get a usable answer from Slack: the connection failed, the attempt timed out, or Slack
/// answered with a server error. <see cref="MayHaveBeenProcessed"/> tells a sender whether a write must be
/// verified before it is sent again.
/// </summary>
public sealed class SlackTransportException : Exception
{
    public SlackTransportException()
        : this("unknown", statusCode: null, mayHaveBeenProcessed: true, reason: "unknown failure")
    {
    }

    public SlackTransportException(string message)
        : base(message)
    {
        Method = "unknown";
        MayHaveBeenProcessed = true;
    }

    public SlackTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        MayHaveBeenProcessed = true;
    }

    public SlackTransportException(
        string method,
        int? statusCode,
        bool mayHaveBeenProcessed,
        string reason,
        Exception? innerException = null)
        : base(Describe(method, reason, mayHaveBeenProcessed), innerException)
    {
        Method = method;
        StatusCode = statusCode;
        MayHaveBeenProcessed = mayHaveBeenProcessed;
    }

    /// <summary>The Web API method, or response_url / file_upload for calls to URLs Slack handed out.</summary>
    public string Method { get; }

    /// <summary>The HTTP status when Slack answered at all.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// False only when the request certainly never reached Slack (name resolution or connection failed);
    /// true after a timeout, a server error or a connection dropped mid-request.
    /// </summary>
    public bool MayHaveBeenProcessed { get; }

    private static string Describe(string method, string reason, bool mayHaveBeenProcessed) =>
        mayHaveBeenProcessed
            ? $"Slack method {method} did not complete: {reason}; Slack may have processed it."
            : $"Slack method {method} did not complete: {reason}; the request never reached Slack.";
}
