namespace SlackBot.Slack.Api;

/// <summary>Who last edited a message and when.</summary>
public sealed record SlackEdited
{
    public string? User { get; init; }

    public string? Ts { get; init; }
}
