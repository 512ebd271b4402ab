using System.Text.Json;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>One message Slack sent down a Socket Mode connection, as <see cref="SocketModeFrameReader"/> read it.</summary>
internal abstract record SocketModeFrame
{
    private SocketModeFrame() { }

    /// <summary>The connection is ready. Slack sends it first on every connection.</summary>
    public sealed record Hello(string? AppId, int? NumConnections, int? ApproximateConnectionTimeSeconds) : SocketModeFrame;

    /// <summary>Slack is about to close this connection: <c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c>, …</summary>
    public sealed record Disconnect(string Reason) : SocketModeFrame
    {
        /// <summary>Socket Mode was switched off for the app; reconnecting cannot help.</summary>
        public const string LinkDisabled = "link_disabled";

        public bool IsFinal => Reason == LinkDisabled;
    }

    /// <summary>
    /// A delivery to acknowledge: <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c>.
    /// <see cref="Payload"/> is the same JSON an HTTP request would carry (undefined when the frame had none).
    /// </summary>
    public sealed record Envelope(
        string EnvelopeId,
        string Type,
        JsonElement Payload,
        bool AcceptsResponsePayload,
        int RetryAttempt,
        string? RetryReason) : SocketModeFrame;

    /// <summary>Not something Slack sends: not JSON, an unknown type, an envelope without an id. Logged and ignored.</summary>
    public sealed record Unreadable(string Reason) : SocketModeFrame;
}
