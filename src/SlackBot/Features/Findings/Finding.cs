using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>Where a finding came from.</summary>
public enum FindingSource
{
    /// <summary>A reply in the thread of one of the bot's questions.</summary>
    ThreadReply,
    /// <summary>An answer typed into the question's modal.</summary>
    ModalAnswer,
    /// <summary>A message someone marked with the capture reaction.</summary>
    Reaction,
    /// <summary>A <c>/learn note</c>: someone's own words, typed as a command.</summary>
    Note,
    /// <summary>Read from a Slack export.</summary>
    Import,
    /// <summary>Saved from a message with the <em>Save as finding</em> message shortcut.</summary>
    Shortcut,
}

/// <summary>
/// What the organisation learned: a person's own words about how work got done, tied to the incident, the moment
/// and the question that drew it out. <see cref="Id"/> is derived from the source, so recording it again updates it.
/// </summary>
public sealed record Finding
{
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public string AuthorId { get; init; } = "";
    /// <summary>Who saved someone else's words as a finding (the shortcut); null when the author gave them themselves.</summary>
    public string? SavedBy { get; init; }
    public string? IncidentId { get; init; }
    public string? IncidentName { get; init; }
    public string? MomentId { get; init; }
    public string? QuestionId { get; init; }
    public string? QuestionText { get; init; }
    /// <summary>The answer this one follows up on (an answer to a follow-up question); null for the others.</summary>
    public string? ParentFindingId { get; init; }
    public MomentCategory? Category { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? ChannelId { get; init; }
    /// <summary>The Slack message that holds the finding (null for modal answers and notes).</summary>
    public string? MessageTs { get; init; }
    public string? Permalink { get; init; }
    public bool FromPrivateChannel { get; init; }
    /// <summary>Who may see it, as its author chose; files written before consent existed read as the default.</summary>
    public FindingVisibility Visibility { get; init; } = FindingVisibility.Organisation;
    public FindingSource Source { get; init; }
    /// <summary>Rules of the language check that the wording tripped (e.g. "counterfactual"); digests handle these with care.</summary>
    public IReadOnlyList<string> BlameFlags { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    public static string IdForMessage(string channelId, string ts) => $"msg:{channelId}:{ts}";

    public static string IdForModal(string questionId, string userId) => $"modal:{questionId}:{userId}";

    /// <summary>A <c>/learn note</c>, by the command's envelope: a replayed command records the same note.</summary>
    public static string IdForNote(string envelopeId) => $"note:{envelopeId}";
}
