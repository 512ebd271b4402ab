namespace SlackBot.Features.Questions;

/// <summary>
/// A reply to a question that was not an answer: a decline or a redirect, kept on the question so that the review pack
/// can say it the way it was meant ("wants to talk about it at the review", "suggests asking @maria"). Not a finding.
/// </summary>
/// <param name="Key">Where the reply came from (the finding id it would have had): a replayed reply replaces itself.</param>
/// <param name="Pointer">The words that point elsewhere, as written; null when it points nowhere.</param>
/// <param name="PointsTo">People it names by mention (user ids).</param>
public sealed record QuestionReply(string Key, string UserId, ReplyKind Kind, DeclineReason? Reason, string? Pointer, IReadOnlyList<string> PointsTo, DateTimeOffset At)
{
    /// <summary>The question with this reply added, or replacing the one with the same key.</summary>
    public static IReadOnlyList<QuestionReply> With(IReadOnlyList<QuestionReply> replies, QuestionReply reply) =>
        [.. replies.Where(existing => existing.Key != reply.Key), reply];
}
