using System.Text.Json.Nodes;

namespace SlackBot.Slack.Api.Wire;

// JSON bodies of write methods whose public signature takes plain arguments rather than a request record.

internal sealed record EmptyBody;

internal sealed record ChannelBody(string Channel);

/// <summary>conversations.open: a comma-separated list of user ids; one id opens the bot's DM with that person.</summary>
internal sealed record UsersBody(string Users);

internal sealed record ReactionsAddBody(string Channel, string Timestamp, string Name);

internal sealed record ViewsOpenBody(string TriggerId, JsonObject View);

internal sealed record ViewsPublishBody(string UserId, JsonObject View, string? Hash);

internal sealed record ViewsUpdateBody(string ViewId, JsonObject View, string? Hash);
