namespace SlackBot.Slack.Api;

/// <summary>Who the bot token belongs to (auth.test). <see cref="UserId"/> and <see cref="BotId"/> let the bot ignore its own echoes.</summary>
public sealed record AuthTestResponse(string UserId, string? BotId, string TeamId, string? Team, string? User, string? Url);
