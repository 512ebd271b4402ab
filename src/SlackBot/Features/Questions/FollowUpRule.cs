namespace SlackBot.Features.Questions;

/// <summary>
/// Whether an answer gets a follow-up question: only an answer (never a decline or a redirect) from the person asked,
/// long enough to say something, to one of the bot's own thread questions about a moment, that opens a new mystery;
/// never past <see cref="MaxDepth"/>, never once the person said "Not now" or "Not relevant", never when turned off.
/// Pure: the caller reads the settings and the question.
/// </summary>
public static class FollowUpRule
{
    /// <summary>The moment's question is depth 0; its follow-up 1, and that one's follow-up 2: two levels per moment.</summary>
    public const int MaxDepth = 2;

    /// <summary>A shorter answer is a fact, not an opening ("restarted the pods").</summary>
    public const int MinimumWords = 12;

    /// <returns>The opening to follow up on, or null for no follow-up.</returns>
    public static FollowUpOpening? Decide(AskedQuestion question, string answerAuthor, string? answer, ReplyReading reading, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reading);
        if (!enabled || !reading.IsAnswer) return null;
        if (!question.IsAboutMoment || question.AskedBy is not null || question.Delivery != QuestionDelivery.Thread) return null;
        if (answerAuthor != question.UserId || question.FollowUpDepth >= MaxDepth) return null;
        // "Not now" (a snoozed question is posted again) or "Not relevant": they have said enough about this one.
        if (question.Status is QuestionStatus.Snoozed or QuestionStatus.Dismissed or QuestionStatus.Declined or QuestionStatus.Redirected || question.Posts > 1) return null;
        if (WordCount(answer) < MinimumWords) return null;
        return FollowUpOpening.Find(answer);
    }

    private static int WordCount(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
