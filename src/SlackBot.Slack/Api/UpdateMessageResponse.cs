namespace SlackBot.Slack.Api;

public sealed record UpdateMessageResponse(string Channel, string Ts);
