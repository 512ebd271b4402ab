namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>Why a Socket Mode connection stopped being the one to rely on.</summary>
internal abstract record SocketModeSessionEnd
{
    private SocketModeSessionEnd() { }

    /// <summary>Slack sent <c>disconnect</c>. The connection may still deliver envelopes until Slack closes it.</summary>
    public sealed record DisconnectRequested(string Reason) : SocketModeSessionEnd
    {
        public bool IsFinal => Reason == SocketModeFrame.Disconnect.LinkDisabled;
    }

    /// <summary>The connection closed or failed without a <c>disconnect</c> first.</summary>
    public sealed record Closed(string Description) : SocketModeSessionEnd;
}
