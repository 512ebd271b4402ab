namespace SlackBot.Slack.Api;

/// <summary>The ts of an ephemeral message. Ephemeral messages cannot be updated with chat.update.</summary>
public sealed record PostEphemeralResponse(string MessageTs);
