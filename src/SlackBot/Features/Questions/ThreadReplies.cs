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
}
