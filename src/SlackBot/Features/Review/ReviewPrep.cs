using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Review;

/// <summary>
/// The calibration pack for the review meeting: who took part and when, the themes so far, the moments nobody has
/// answered about, where accounts differ, questions worth asking in the room, and whom to invite.
/// </summary>
public sealed record ReviewPrep
{
    public required Incident Incident { get; init; }

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public IReadOnlyList<ThemeCount> Themes { get; init; } = [];

    public IReadOnlyList<OpenMoment> OpenMoments { get; init; } = [];

    public IReadOnlyList<AccountDifference> Differences { get; init; } = [];

    public IReadOnlyList<SuggestedQuestion> FollowUps { get; init; } = [];

    public IReadOnlyList<Invitee> Invitees { get; init; } = [];

    /// <summary>Fix ideas parked with <c>/learn idea</c>: shown last, apart, so the meeting can stay on learning.</summary>
    public IReadOnlyList<IdeaNote> Ideas { get; init; } = [];

    /// <summary>Findings from a private channel that this pack leaves out (its reader may not see them).</summary>
    public int PrivateFindingsLeftOut { get; init; }
}

/// <summary>
/// One person's part in the incident. The first and last message come from the message log, which keeps messages for
/// the retention period only; moments, questions and answers are kept for good. <see cref="LastAnsweredAt"/> is when
/// they last answered one of the bot's questions (a modal or DM answer is not a message in the channel), so that
/// someone who took part only by answering still shows when.
/// </summary>
public sealed record Participant(
    string UserId,
    DateTimeOffset? FirstMessageAt,
    DateTimeOffset? LastMessageAt,
    int Messages,
    int Moments,
    int QuestionsAsked,
    int Answers,
    DateTimeOffset? LastAnsweredAt = null);

/// <summary>A theme and how many findings carry it.</summary>
public sealed record ThemeCount(string Theme, int Findings);

/// <summary>Where the question about a moment stands, as far as the review is concerned.</summary>
public enum OpenMomentState
{
    /// <summary>No question was asked (the per-person cap, or it was never planned).</summary>
    NotAsked,
    /// <summary>Planned, not yet posted.</summary>
    Scheduled,
    /// <summary>Asked, no answer yet.</summary>
    Asked,
    /// <summary>"Not now".</summary>
    Snoozed,
    /// <summary>"Not relevant": respected; only raise it if the person does.</summary>
    Declined,
    /// <summary>Replied that they would rather talk about it at the review (or in person).</summary>
    WantsTheReview,
    /// <summary>Replied "pass" or "nothing to add": respected like "Not relevant".</summary>
    Passed,
    /// <summary>Replied that they don't know (and perhaps who would).</summary>
    DoesNotKnow,
    /// <summary>Pointed to someone or somewhere else ("ask @maria", "it's in the runbook").</summary>
    PointedElsewhere,
}

/// <summary>A moment nobody has written anything about yet.</summary>
public sealed record OpenMoment(Moment Moment, OpenMomentState State, AskedQuestion? Question)
{
    /// <summary>The reply that declined or pointed elsewhere, for the states that come from one.</summary>
    public QuestionReply? Reply => Question?.Replies.LastOrDefault(reply => reply.UserId == Question.UserId);
}

/// <summary>
/// A question the facilitator could ask in the room about an open moment: Slack text (with the person's mention), the
/// person's words it quotes (so a language check can tell them apart from the bot's phrasing), and the bank phrasing
/// it came from (null for the plain fallback).
/// </summary>
public sealed record SuggestedQuestion(string UserId, string MomentId, string Text, string QuotedCue, string? TemplateId);

/// <summary>Why someone should be in the room, in the order the pack gives them.</summary>
public enum InviteReason
{
    /// <summary>Others named them as the one who knows ("only Dave knows the retry worker").</summary>
    NamedAsTheOneWhoKnows,
    /// <summary>Someone asked a question pointed to them ("not sure, ask @maria").</summary>
    SuggestedByAnswerers,
    HadMoments,
    Answered,
}

/// <summary>Someone worth inviting, with the reasons and, for people named by others, the words that named them.</summary>
public sealed record Invitee(string UserId, IReadOnlyList<InviteReason> Reasons, IReadOnlyList<string> NamedIn);
