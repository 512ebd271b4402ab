namespace SlackBot.Features.Questions;

/// <summary>What a reply to a question means, as its author meant it.</summary>
public enum ReplyKind
{
    /// <summary>Says something about what happened: kept as a finding.</summary>
    Answer,
    /// <summary>Declines in words ("I'd rather talk it through at the review", "pass", "no idea"): never a finding.</summary>
    Decline,
    /// <summary>Points elsewhere, to a person ("ask @maria") or a place ("it's in the runbook"): never a finding.</summary>
    Redirect,
}

/// <summary>Why someone declined, so that the review pack can say it the way they meant it.</summary>
public enum DeclineReason
{
    /// <summary>"I'd rather talk this through at the review": wants to talk about it in the room.</summary>
    AtTheReview,
    /// <summary>"Pass", "not now", "nothing to add": no more than that.</summary>
    Pass,
    /// <summary>"No idea", "not sure": does not know (and may say who would).</summary>
    DoesNotKnow,
}
