namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>A new connection ended (or never said hello) before it could be used; the receiver tries again.</summary>
public sealed class SocketModeConnectionLostException : Exception
{
    public SocketModeConnectionLostException()
        : this("The Socket Mode connection was lost.")
    {
    }

    public SocketModeConnectionLostException(string message)
        : base(message)
    {
    }

    public SocketModeConnectionLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
