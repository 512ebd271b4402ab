using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// Messages that cannot be a learning moment whatever words they contain: too few words to quote
/// (acks, "+1", emoji, a bare link, "p99 2.3s"), or nothing but acknowledgement and pleasantries.
/// A mention counts as a word: "paging @dmitri" is two words and can be a moment.
/// </summary>
internal static partial class NoiseFilter
{
    private const int MinimumWords = 2;

    // Words that carry acknowledgement, greeting or presence, never insight.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "ok", "okay", "k", "kk", "ack", "acked", "yes", "yep", "yeah", "ya", "yup", "no", "nope", "sure", "cool",
        "thanks", "thank", "thx", "ty", "tyvm", "cheers", "you", "all", "everyone", "folks", "team", "so", "much",
        "lgtm", "sgtm", "looking", "on", "it", "me", "here", "joining", "joined", "hi", "hey", "hello", "morning",
        "good", "great", "nice", "awesome", "perfect", "work", "job", "done", "got", "agreed", "noted", "roger",
        "will", "do", "lol", "haha", "omg", "wow", "oof", "yikes", "np", "sounds", "makes", "sense", "the", "a", "an",
        "and", "for", "this", "that", "please", "pls", "plz", "again", "guys", "y'all", "mate", "indeed", "right",
        "is", "i", "i'm", "im", "now", "too", "very", "really", "appreciate", "appreciated", "welcome", "night",
        "gn", "bye", "later", "back", "in", "sec", "min", "moment", "checking", "reading", "up", "catching",
    };

    public static int CountWords(MessageText message) => Word().Count(message.Lower);

    public static bool IsNoise(MessageText message)
    {
        var words = Word().Matches(message.Lower).Select(m => m.Value).ToList();
        if (words.Count < MinimumWords)
        {
            return true;
        }

        return words.All(Filler.Contains);
    }

    // A word is two or more letters, or a mention; numbers and units glued to numbers ("2.4s", "p99") are not.
    [GeneratedRegex(@"(?<![\w@#/.-])[a-z][a-z]+(?:['-][a-z]+)*(?![\w])|(?<![\w])@[a-z0-9][\w.-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
