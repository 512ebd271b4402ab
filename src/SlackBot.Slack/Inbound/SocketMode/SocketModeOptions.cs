namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// Settings of the Socket Mode receiver, under <see cref="Section"/>. The defaults suit Slack; tests shorten the
/// delays.
/// </summary>
public sealed class SocketModeOptions
{
    public const string Section = "Slack:SocketMode";

    /// <summary>The first pause before reconnecting after a lost connection; each further failure doubles it.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between two reconnect attempts (unless Slack's Retry-After asks for more).</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the bot pings Slack over an idle connection.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a ping may go unanswered before the connection counts as dead and is replaced.</summary>
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for the WebSocket upgrade and Slack's <c>hello</c> on a fresh connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time allowed, when a connection is retired, to acknowledge the envelopes already in hand and to complete
    /// the close handshake.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest Socket Mode message the bot reads. Slack's envelopes are a few kilobytes and modal submissions at
    /// most a few hundred (Slack caps a view at 250 kB); a longer message is not from Slack, and is dropped with a
    /// warning instead of filling memory.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
