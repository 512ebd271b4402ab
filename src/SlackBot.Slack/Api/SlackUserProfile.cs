namespace SlackBot.Slack.Api;

public sealed record SlackUserProfile
{
    public string? DisplayName { get; init; }

    public string? RealName { get; init; }
}
