namespace SlackBot.Slack.Api;

/// <summary>Where a posted message landed; <see cref="Ts"/> is its id for threading, updating and permalinks.</summary>
public sealed record PostMessageResponse(string Channel, string Ts);
