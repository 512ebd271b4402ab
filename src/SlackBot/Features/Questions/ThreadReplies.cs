namespace SlackBot.Features.Questions;

/// <summary>
/// Which replies in a question's thread count: the person asked always answers; anyone else's reply is a finding only
/// when it says something ("+1", "same here" and "thanks!" are chatter). Live capture and the export import share it.
/// </summary>
public static class ThreadReplies
{
    public const int MinimumWordsFromOthers = 6;

    public static bool IsSubstantial(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWordsFromOthers;

    /// <summary>
    /// The question a reply answers, from those asked in its thread before it (oldest first): the latest one asked of
    /// the reply's author, else, for a substantial reply from someone else, the latest one; null for chatter.
    /// </summary>
    public static T? AnsweredBy<T>(IReadOnlyList<T> askedBefore, Func<T, string> addressee, string author, string? text) where T : class =>
        askedBefore.Count == 0 ? null
        : askedBefore.LastOrDefault(question => addressee(question) == author) ?? (IsSubstantial(text) ? askedBefore[^1] : null);
}
