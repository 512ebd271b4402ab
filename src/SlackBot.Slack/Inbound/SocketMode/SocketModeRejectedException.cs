namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Slack will not let this app use Socket Mode (the app token was refused, or Socket Mode was switched off):
/// reconnecting cannot help. <see cref="Exception.Message"/> tells the operator what to fix and never holds a token.
/// </summary>
public sealed class SocketModeRejectedException : Exception
{
    public SocketModeRejectedException()
        : this("unknown", "Slack refused Socket Mode.")
    {
    }

    public SocketModeRejectedException(string message)
        : this("unknown", message)
    {
    }

    public SocketModeRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = "unknown";
    }

    public SocketModeRejectedException(string reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Slack's code: the apps.connections.open error or the disconnect reason.</summary>
    public string Reason { get; }
}
