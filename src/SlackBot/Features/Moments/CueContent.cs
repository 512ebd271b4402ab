namespace SlackBot.Features.Moments;

/// <summary>
/// Whether some words are worth quoting back in a question: they must name something (a thing, an action, a
/// number, a person) rather than only react ("news to me too", "wow", "huh, weird", "ya that lines up").
/// Asking "what part of “news to me too” is worth telling a teammate?" tells the person nothing about what
/// the bot means. A word carries content unless it is a reaction, a pronoun, a helper verb or a linking word.
/// </summary>
internal static class CueContent
{
    // Words that react, point or link but name nothing on their own. Deliberately short of a dictionary:
    // anything not listed counts as content, so an unknown word ("pgbouncer", "rota") is quotable.
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal)
    {
        // reactions and noises
        "wow", "huh", "hmm", "hm", "whoa", "woah", "oh", "ah", "ahh", "oops", "ugh", "lol", "haha", "omg", "wtf", "yikes", "oof",
        "weird", "weirdly", "odd", "strange", "interesting", "funny", "crazy", "wild", "nice", "cool", "great", "amazing", "scary",
        "surprised", "surprising", "shocked", "news", "til", "really", "wait", "seriously", "indeed", "exactly", "totally", "huge",
        "agree", "agreed", "true", "right", "same", "yes", "yeah", "ya", "yep", "no", "nope", "ok", "okay", "sure", "fair", "wrong",
        "lines", "line", "up", "makes", "make", "sense", "explains", "explain", "fits", "matches", "checks", "out", "thought", "think",
        "knew", "know", "idea", "clue", "heard", "learned", "learnt", "new", "first", "time", "ever", "never", "always", "before",
        "good", "bad", "catch", "point", "call", "one", "thing", "things", "stuff", "way", "bit", "lot", "kind", "sort", "wonder",
        // pronouns, determiners, helpers, links
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "them", "it", "its", "this", "that", "these", "those",
        "there", "here", "what", "which", "who", "how", "why", "when", "where", "a", "an", "the", "and", "or", "but", "so", "too",
        "also", "just", "very", "quite", "pretty", "to", "of", "in", "on", "at", "for", "with", "is", "was", "are", "were", "be",
        "been", "am", "do", "did", "does", "have", "has", "had", "can", "could", "would", "should", "will", "not", "all", "even",
        "again", "now", "then", "still", "well", "much", "more", "some", "any", "if", "as", "like", "than", "whole", "whoever",
    };

    /// <summary>True when <paramref name="words"/> holds at least one word that names something.</summary>
    public static bool HasContent(string words) =>
        MomentFeatures.Tokens(words.ToLowerInvariant()).Any(token => (token.Length > 1 && !Empty.Contains(token)) || token is MomentFeatures.Number or MomentFeatures.Mention);
}
