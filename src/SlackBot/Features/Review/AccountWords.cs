using System.Text.RegularExpressions;

namespace SlackBot.Features.Review;

/// <summary>
/// The words an account is about, reduced so that two people's phrasings can be compared: lower case, common phrasal
/// verbs joined ("failed over" → failover), function words dropped, light stemming ("restarted", "restarting" → restart).
/// </summary>
internal static partial class AccountWords
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
        "into", "onto", "over", "under", "after", "before", "because", "if", "than", "then", "there", "here", "up", "down",
        "out", "off", "about", "around", "again", "also", "still", "just", "really", "actually", "only", "very", "too",
        "much", "many", "few", "more", "less", "most", "some", "any", "all", "each", "every", "both", "either", "neither",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "they", "them", "their", "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "whose",
        "when", "where", "how", "why", "is", "was", "were", "be", "been", "being", "am", "are", "do", "did", "does",
        "done", "doing", "have", "has", "had", "having", "will", "would", "could", "should", "can", "may", "might", "must",
        "shall", "get", "got", "gets", "getting", "go", "went", "goes", "going", "gone", "see", "saw", "seen", "look",
        "looked", "looks", "looking", "know", "knew", "known", "think", "thought", "guess", "say", "said", "says", "seem",
        "seems", "seemed", "like", "yes", "yeah", "yep", "no", "nope", "not", "never", "ok", "okay", "sure", "maybe",
        "probably", "now", "time", "times", "thing", "things", "stuff", "bit", "lot", "way", "one", "ones", "two", "three",
        "first", "last", "next", "same", "other", "another", "such", "own", "well", "quite", "rather", "pretty", "kind",
        "sort", "while", "until", "since", "during", "through", "via", "per", "pm", "utc", "today", "yesterday",
        "let", "lets", "let's", "i'm", "i've", "i'd", "we're", "we've", "it's", "that's", "there's", "thanks", "thank",
        "please", "hmm", "oh", "ah", "cool", "nice", "great", "right", "agreed", "agree", "exactly", "correct", "true",
        "without", "none", "nothing", "nobody", "cannot", "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't",
        "aren't", "haven't", "hasn't", "hadn't", "won't", "can't", "couldn't", "wouldn't", "shouldn't",
    };

    /// <summary>Words that say a group is meant without naming which one ("the platform team" names "platform").</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "team", "teams", "squad", "folks", "people", "group", "crew", "guys", "side", "org",
    };

    /// <summary>Lower case, straight apostrophes, one space between words: still the person's words, fit to quote.</summary>
    public static string Normalise(string text)
    {
        var lowered = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        return Whitespace().Replace(lowered, " ").Trim();
    }

    /// <summary>
    /// The content words of already normalised text, stemmed, with common two-word verbs joined ("failed over" and
    /// "failover" meet); people's names (@dave) and identifiers (orders-db, p99) kept whole.
    /// </summary>
    public static HashSet<string> Terms(string normalised, bool dropGroupWords = false)
    {
        var joined = FailOver().Replace(normalised, "failover");
        joined = RollBack().Replace(joined, "rollback");
        joined = RollOut().Replace(joined, "rollout");
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokens(joined))
        {
            if (Term(token.Value, dropGroupWords) is { } term) terms.Add(term);
        }

        return terms;
    }

    /// <summary>The comparable form of one word, or null for a function word (or a number).</summary>
    public static string? Term(string token, bool dropGroupWords = false)
    {
        var word = token.Trim('.', '-', '_', '\'');
        if (word.Length < 2 || Stopwords.Contains(word)) return null;
        if (dropGroupWords && GroupWords.Contains(word)) return null;
        // Numbers, with or without their unit ("200ms", "5xx"), are compared as figures, not as words.
        if (char.IsAsciiDigit(word[0])) return null;
        if (word.StartsWith('@') || word.Any(c => char.IsAsciiDigit(c) || c is '-' or '_' or '.')) return word;
        return Stem(word);
    }

    public static IEnumerable<Match> Tokens(string normalised) => Token().Matches(normalised);

    public static bool Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Overlaps(b);

    /// <summary>Suffix stripping, enough for "restarted" and "restarting" (and "restarts") to meet; not a linguist's stemmer.</summary>
    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) word = Undouble(word[..^3]);
        else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) word = Undouble(word[..^2]);
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
        if (word.Length > 3 && word.EndsWith('e')) word = word[..^1];
        return word;
    }

    // "lagging" → "lagg" → "lag", so that it meets "lag".
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o') ? stem[..^1] : stem;

    [GeneratedRegex(@"@?[a-z0-9][a-z0-9_'\-]*(?:\.[a-z0-9_\-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bfail(?:ed|ing|s)? over\b", RegexOptions.CultureInvariant)]
    private static partial Regex FailOver();

    [GeneratedRegex(@"\broll(?:ed|ing|s)? ?back\b", RegexOptions.CultureInvariant)]
    private static partial Regex RollBack();

    [GeneratedRegex(@"\broll(?:ed|ing|s)? ?out\b", RegexOptions.CultureInvariant)]
    private static partial Regex RollOut();
}
