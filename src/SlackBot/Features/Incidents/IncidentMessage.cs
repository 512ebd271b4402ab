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

    public static string IdFor(string channelId, string ts) => $"{channelId}:{ts}";
}
