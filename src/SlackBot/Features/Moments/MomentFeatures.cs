using System.Globalization;

namespace SlackBot.Features.Moments;

/// <summary>
/// What the learned layer of the detector looks at in a message: the rules' evidence per category, the words
/// and word pairs (numbers and mentions folded into one token each, so "502s" and "4,870" look alike), the first
/// words (status lines, requests and questions to the channel give themselves away there), and the message's
/// shape (length, asked or told). Names are plain strings so the shipped model file can be read by a person.
/// </summary>
internal static class MomentFeatures
{
    public const string Number = "<n>";
    public const string Mention = "<at>";

    private const int MaxTokens = 80;

    /// <summary>Every feature of <paramref name="message"/> with its value (1 unless it is a rule's strength).</summary>
    public static List<KeyValuePair<string, double>> Of(MessageText message, IReadOnlyList<MomentEvidence> evidence, double ruleConfidence)
    {
        var tokens = Tokens(message.Lower);
        if (tokens.Count > MaxTokens)
        {
            // A pasted log or stack trace: the person's own words come first, the paste would drown them.
            tokens.RemoveRange(MaxTokens, tokens.Count - MaxTokens);
        }

        var features = new List<KeyValuePair<string, double>>(tokens.Count * 2 + 24);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string name, double value = 1.0)
        {
            if (seen.Add(name))
            {
                features.Add(new(name, value));
            }
        }

        foreach (var group in evidence.GroupBy(e => e.Category))
        {
            Add("r:" + group.Key.Key(), group.Max(e => e.Strength));
        }

        Add(evidence.Count == 0 ? "r:none" : "r:confidence", evidence.Count == 0 ? 1.0 : ruleConfidence);
        if (evidence.Count > 0)
        {
            // The rules' verdict as log-odds: a clear marker word stays clear in a short message.
            var clamped = Math.Clamp(ruleConfidence, 0.02, 0.98);
            Add("r:log-odds", Math.Log(clamped / (1 - clamped)));
        }

        if (evidence.Any(e => e.Strength < e.Rule.Weight * 0.2))
        {
            // A marker word turned around ("not weird at all"): the words say surprise, the sentence does not.
            Add("r:negated");
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            Add("w:" + tokens[i]);
            if (i + 1 < tokens.Count)
            {
                Add("b:" + tokens[i] + " " + tokens[i + 1]);
            }
        }

        if (tokens.Count > 0)
        {
            Add("first:" + tokens[0]);
        }

        if (tokens.Count > 1)
        {
            Add("first:" + tokens[0] + " " + tokens[1]);
        }

        if (tokens.Count >= 20 && tokens.Distinct(StringComparer.Ordinal).Count() * 2 < tokens.Count)
        {
            // The same few words over and over: a log or a table, not somebody telling what happened.
            Add("shape:repetitive");
            Add("len:paste");
        }
        else
        {
            Add("len:" + LengthBucket(tokens.Count));
        }
        var numbers = tokens.Count(t => t == Number);
        if (tokens.Count > 0 && numbers * 3 >= tokens.Count)
        {
            Add("shape:mostly-numbers");
        }

        if (message.Plain.TrimEnd().EndsWith('?'))
        {
            Add("shape:ends-asking");
        }

        if (message.Sentences.Count > 1)
        {
            Add("shape:sentences-" + Math.Min(message.Sentences.Count, 4).ToString(CultureInfo.InvariantCulture));
        }

        return features;
    }

    /// <summary>Lower-case words as the features see them; apostrophes dropped ("can't" is "cant").</summary>
    public static List<string> Tokens(string lower)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? lower[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || c is '_' or '\'' || (c == '@' && start < 0) || (c is '.' or ',' && start >= 0 && i + 1 < lower.Length && char.IsDigit(lower[i + 1]) && char.IsDigit(lower[i - 1]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(Normalise(lower.AsSpan(start, i - start)));
                start = -1;
            }
        }

        tokens.RemoveAll(t => t.Length == 0);
        return tokens;
    }

    private static string Normalise(ReadOnlySpan<char> token)
    {
        token = token.Trim('\'');
        if (token.IsEmpty)
        {
            return "";
        }

        if (token[0] == '@')
        {
            return Mention;
        }

        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return Number;
            }
        }

        return token.Contains('\'') ? token.ToString().Replace("'", "", StringComparison.Ordinal) : token.ToString();
    }

    private static string LengthBucket(int words) => words switch
    {
        <= 2 => "1-2",
        <= 5 => "3-5",
        <= 9 => "6-9",
        <= 15 => "10-15",
        <= 25 => "16-25",
        _ => "26+",
    };
}
