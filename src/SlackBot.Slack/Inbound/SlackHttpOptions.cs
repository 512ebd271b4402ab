namespace SlackBot.Slack.Inbound;

public sealed class SlackHttpOptions
{
    /// <summary>The app's signing secret (Basic Information › App Credentials). Never logged.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>
    /// Bodies above this are refused with 413 before any parsing. Slack's own payloads stay far below it;
    /// the largest are modal submissions, bounded by Slack's 250 kB view limit.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 512 * 1024;
}
