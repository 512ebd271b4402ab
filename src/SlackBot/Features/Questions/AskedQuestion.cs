using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

public enum QuestionStatus
{
    /// <summary>Planned; waits for <see cref="AskedQuestion.ReleaseAt"/>.</summary>
    Scheduled,
    /// <summary>Handed to the outbox (and, once sent, visible in Slack).</summary>
    Posted,
    /// <summary>"Not now": asked again at <see cref="AskedQuestion.ReleaseAt"/>.</summary>
    Snoozed,
    Answered,
    /// <summary>"Not relevant": never asked again.</summary>
    Dismissed,
    /// <summary>The moment went away (its message was deleted) before the question was asked.</summary>
    Cancelled,
    /// <summary>The person asked declined in words ("I'd rather talk it through at the review", "pass"): not asked again, shown in prep.</summary>
    Declined,
    /// <summary>The person asked pointed elsewhere ("ask @maria", "it's in the runbook"): not asked again, prep suggests whom to ask.</summary>
    Redirected,
}

/// <summary>
/// A question for one person about one moment. <see cref="Id"/> is <c>q:{moment id}</c>: one question per moment. A
/// facilitator's <c>/learn ask</c> is a question too, about no moment (<see cref="MomentId"/> empty), keyed by its
/// command (<see cref="IdForAsk"/>), and possibly for nobody in particular (<see cref="UserId"/> empty: open to anyone).
/// </summary>
public sealed record AskedQuestion
{
    public string Id { get; init; } = "";
    public string MomentId { get; init; } = "";
    public string IncidentId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string MomentTs { get; init; } = "";
    public string ThreadRootTs { get; init; } = "";
    /// <summary>The person asked; empty for a facilitator's question open to anyone in the channel.</summary>
    public string UserId { get; init; } = "";
    /// <summary>The facilitator who asked it with <c>/learn ask</c>; null for the bot's own questions.</summary>
    public string? AskedBy { get; init; }
    public string TemplateId { get; init; } = "";
    public MomentCategory Category { get; init; }
    public string Text { get; init; } = "";
    public QuestionDelivery Delivery { get; init; }
    public QuestionStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ReleaseAt { get; init; }
    /// <summary>How many times it was posted (a snoozed question is posted again).</summary>
    public int Posts { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    /// <summary>The channel and ts of the latest posted message (the channel is a <c>D…</c> id for direct messages).</summary>
    public string? PostedChannel { get; init; }
    public string? PostedTs { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>For a follow-up: the question whose answer opened it; null for the moment's own question.</summary>
    public string? ParentQuestionId { get; init; }

    /// <summary>For a follow-up: the finding (the answer) it follows up on, whose words it quotes.</summary>
    public string? ParentFindingId { get; init; }

    /// <summary>0 for the moment's own question, 1 for a follow-up on its answer, 2 for a follow-up on that one's.</summary>
    public int FollowUpDepth { get; init; }

    /// <summary>Replies that were not answers (declines, redirects), oldest first; one per reply (keyed by <see cref="QuestionReply.Key"/>).</summary>
    public IReadOnlyList<QuestionReply> Replies { get; init; } = [];

    public static string IdFor(string momentId) => "q:" + momentId;

    /// <summary>The id of the question a facilitator asked with the command delivered as <paramref name="envelopeId"/>.</summary>
    public static string IdForAsk(string envelopeId) => "q:ask:" + envelopeId;

    /// <summary>The follow-up on this question's answer: one per question, so a replayed answer asks once.</summary>
    public static string IdForFollowUp(string parentQuestionId) => parentQuestionId + ":followup";

    public bool IsAboutMoment => MomentId.Length > 0;

    public bool IsFollowUp => ParentQuestionId is not null;

    /// <summary>Who may snooze or dismiss it: the person asked, or for an open question the facilitator who asked it.</summary>
    public string? Owner => UserId.Length > 0 ? UserId : AskedBy;

    /// <summary>The outbox row (and its metadata key) of the n-th post of this question.</summary>
    public string OutboxIdForPost(int post) => $"{Id}:post{post}";

    public const string CorrelationPrefix = "question:";

    public string Correlation => CorrelationPrefix + Id;

    public bool IsOpen => Status is QuestionStatus.Posted or QuestionStatus.Snoozed;

    /// <summary>
    /// When a question that waits to be posted (scheduled, or snoozed) is due; null for the others. Stored and indexed,
    /// so that the release job reads only the questions whose time has come.
    /// </summary>
    public DateTimeOffset? AwaitingReleaseAt => Status is QuestionStatus.Scheduled or QuestionStatus.Snoozed ? ReleaseAt : null;
}

/// <summary>Feedback on a question: someone said it was not relevant. Retires phrasings that miss.</summary>
public sealed record QuestionFeedback
{
    public string Id { get; init; } = "";
    public string QuestionId { get; init; } = "";
    public string TemplateId { get; init; } = "";
    public MomentCategory Category { get; init; }
    public string UserId { get; init; } = "";
    public DateTimeOffset At { get; init; }
}
