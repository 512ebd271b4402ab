namespace SlackBot.Features.Moments;

/// <summary>What counting an incident's moments needs (category, author, time) without their words.</summary>
public sealed record MomentOutline(MomentCategory Category, string UserId, DateTimeOffset At);
