namespace SlackBot.Features.Questions;

/// <summary>
/// One channel's own question settings (<c>/learn settings</c>), keyed by the channel id. A null value means the
/// channel follows the bot's default (<c>Questions:Timing</c>, <c>Questions:Delivery</c>, <c>Questions:FollowUps</c>).
/// </summary>
public sealed record ChannelSettings
{
    public string Id { get; init; } = "";
    public QuestionTimingMode? Timing { get; init; }
    public QuestionDelivery? Delivery { get; init; }
    /// <summary>Follow-up questions on answers that open a new mystery; null follows <c>Questions:FollowUps</c>.</summary>
    public bool? FollowUps { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
}
