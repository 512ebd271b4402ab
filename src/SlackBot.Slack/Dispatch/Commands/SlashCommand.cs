namespace SlackBot.Slack.Dispatch.Commands;

/// <summary>A slash command invocation, read from the form fields Slack sends (HTTP) or their JSON form (Socket Mode).</summary>
public sealed record SlashCommand
{
    public string Command { get; init; } = "";
    /// <summary>Everything after the command; may be empty.</summary>
    public string Text { get; init; } = "";
    public string UserId { get; init; } = "";
    public string? UserName { get; init; }
    public string ChannelId { get; init; } = "";
    public string? ChannelName { get; init; }
    public string? TeamId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }
}
