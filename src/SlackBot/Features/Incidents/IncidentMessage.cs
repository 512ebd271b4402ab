namespace SlackBot.Features.Incidents;

/// <summary>
/// A person's message in an incident channel, kept so that later signals about it (a reaction marking it as a
/// moment or a finding, an edit) can be understood without asking Slack again. <see cref="Id"/> is <c>{channel}:{ts}</c>.
/// </summary>
public sealed record IncidentMessage
{
    public string Id { get; init; } = "";
    public string IncidentId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string Ts { get; init; } = "";
    public string? ThreadTs { get; init; }
    public string UserId { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset At { get; init; }

    /// <summary>
    /// When <c>Storage:MessageRetention</c> ran out for this ordinary message and its <see cref="Text"/> was dropped
    /// (who wrote when stays, for review counts); null while the text is kept.
    /// </summary>
    public DateTimeOffset? TextDroppedAt { get; init; }

    /// <summary>The message is a moment or a finding, so its words are the product and retention leaves them.</summary>
    public bool TextHeld { get; init; }

    public static string IdFor(string channelId, string ts) => $"{channelId}:{ts}";
}
