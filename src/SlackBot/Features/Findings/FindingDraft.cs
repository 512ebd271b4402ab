using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>What a feature knows when it hands the recorder a new finding; the recorder adds the rest.</summary>
public sealed record FindingDraft(string Id, string Text, string AuthorId, FindingSource Source)
{
    public string? IncidentId { get; init; }
    public string? MomentId { get; init; }
    public string? QuestionId { get; init; }
    public string? QuestionText { get; init; }
    /// <summary>The answer a follow-up question followed up on, when this answers a follow-up.</summary>
    public string? ParentFindingId { get; init; }
    public MomentCategory? Category { get; init; }
    public string? ChannelId { get; init; }
    /// <summary>The message holding the finding, if it is a Slack message.</summary>
    public string? MessageTs { get; init; }
    /// <summary>The message the permalink should point at (defaults to <see cref="MessageTs"/>).</summary>
    public string? LinkTs { get; init; }
    public bool? FromPrivateChannel { get; init; }
    /// <summary>Who saved the words, when that is not their author.</summary>
    public string? SavedBy { get; init; }
    public DateTimeOffset? At { get; init; }
}
