namespace SlackBot.Hosting;

public enum SlackMode
{
    /// <summary>Socket Mode: the bot opens a WebSocket to Slack; no public URL needed.</summary>
    Socket,
    /// <summary>Events API over HTTP: Slack posts to the bot's public Request URLs, signed with the signing secret.</summary>
    Http,
}

/// <summary>
/// The <c>Slack</c> configuration section. A class, not a record, so that no generated ToString can print the
/// tokens.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public SlackMode Mode { get; set; } = SlackMode.Socket;

    /// <summary><c>xoxb-…</c>; also read from <c>SLACK_BOT_TOKEN</c>.</summary>
    public string BotToken { get; set; } = "";

    /// <summary><c>xapp-…</c> with <c>connections:write</c>; Socket Mode only; also <c>SLACK_APP_TOKEN</c>.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>HTTP mode only; also <c>SLACK_SIGNING_SECRET</c>.</summary>
    public string SigningSecret { get; set; } = "";

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Minimum gap between two posts to the same channel.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);
}
