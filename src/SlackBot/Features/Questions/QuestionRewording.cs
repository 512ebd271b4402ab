using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>
/// Suggests a how/what question in place of one the language check refuses: "why did you X" becomes "what made it
/// seem right to X at the time?", "should have noticed X" becomes "what made X hard to see at the time?" (not "what
/// would have made…", itself a counterfactual), and so on.
/// Pure; what it returns always passes <see cref="LanguageCheck.CheckQuestion(string)"/> (a general learning question
/// when no pattern fits).
/// </summary>
public static partial class QuestionRewording
{
    public const string Fallback = "How did it unfold, and what made sense to the people involved at the time?";

    private static readonly (Regex Pattern, Func<Match, string?> Rewrite)[] Rewrites =
    [
        (WhyDidNot(), match => $"What made it hard to {match.Groups["rest"].Value} at the time?"),
        (WhyDid(), match => $"What made it seem right to {match.Groups["rest"].Value} at the time?"),
        (WhyDoNot(), match => $"What makes it hard to {match.Groups["rest"].Value}?"),
        (WhyDo(), match => $"What makes it seem right to {match.Groups["rest"].Value}?"),
        (WhyThingDidNot(), match => Split(match.Groups["rest"].Value) is var (subject, rest) && rest.Length > 0
            ? $"How did it come about that {subject} did not {rest}?" : null),
        (WhyThingDid(), match => $"How {match.Groups["aux"].Value.ToLowerInvariant()} {match.Groups["rest"].Value}?"),
        (WhyBe(), ComeToBe),
        (FailedTo(), match => $"What made it hard to {match.Groups["rest"].Value} at the time?"),
        // Not "what would have made…": that is a counterfactual too.
        (HindsightSeeing(), match => $"What made {match.Groups["rest"].Value} hard to see at the time?"),
        (Hindsight(), _ => "What was in the way at the time, and what helped?"),
        (RootCauseOf(), match => $"What conditions came together to make {match.Groups["rest"].Value} possible?"),
        (RootCause(), _ => "How did the system come to be in this state?"),
        (Judgement(), _ => "What made that action make sense at the time, given what people could see?"),
    ];

    public static string Suggest(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Minimisers().Replace(question.Trim(), "");
        text = MultipleSpaces().Replace(text, " ").Trim().TrimEnd('?', '.', '!', ' ');
        if (LanguageCheck.CheckQuestion(text).Count == 0 && text.Length > 0) return Sentence(text);

        foreach (var (pattern, rewrite) in Rewrites)
        {
            var match = pattern.Match(text);
            if (!match.Success || rewrite(match) is not { } suggestion) continue;
            suggestion = Sentence(suggestion);
            if (LanguageCheck.CheckQuestion(suggestion).Count == 0) return suggestion;
        }

        return Fallback;
    }

    /// <summary>"why was the alert ignored" → "How did the alert come to be ignored?" (the subject: a determiner and a word, or one word).</summary>
    private static string? ComeToBe(Match match)
    {
        var (subject, rest) = Split(match.Groups["rest"].Value);
        if (rest.Length == 0) return null;
        var negated = match.Groups["not"].Success ? "not " : "";
        return $"How did {subject} come to be {negated}{rest}?";
    }

    /// <summary>A rough subject: a determiner and the word after it, or one word; then the rest.</summary>
    private static (string Subject, string Remainder) Split(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var subjectLength = words.Length > 2 && Determiners.Contains(words[0]) ? 2 : 1;
        return words.Length <= subjectLength ? (clause, "") : (string.Join(' ', words[..subjectLength]), string.Join(' ', words[subjectLength..]));
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "a", "an", "our", "my", "your", "their", "his", "her", "its",
    };

    private static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd('?', '.', '!', ' ');
        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..] + "?";
    }

    /// <summary>Someone, rather than something: "why did <em>you</em>…" asks a person to justify themselves.</summary>
    private const string Subject = @"(?:you|he|she|they|we|i|you\s+all|someone|somebody|anyone|people|folks|@[\w.\-]+)";

    [GeneratedRegex(@"^why\s+(?:didn't|didnt|did\s+not)\s+" + Subject + @"\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyDidNot();

    [GeneratedRegex(@"^why\s+(?:did|'d)\s+" + Subject + @"\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyDid();

    [GeneratedRegex(@"^why\s+(?:don't|dont|doesn't|do\s+not|does\s+not)\s+" + Subject + @"\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyDoNot();

    [GeneratedRegex(@"^why\s+(?:do|does)\s+" + Subject + @"\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyDo();

    [GeneratedRegex(@"^why\s+(?:didn't|didnt|did\s+not|doesn't|does\s+not)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyThingDidNot();

    [GeneratedRegex(@"^why\s+(?<aux>did|does|do)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyThingDid();

    [GeneratedRegex(@"^why\s+(?:was|were|is|are)(?<not>n't|\s+not)?\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyBe();

    [GeneratedRegex(@"\bfail(?:ed)?\s+to\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailedTo();

    [GeneratedRegex(@"\b(?:should|could|would|ought\s+to)(?:n't|\s+not)?\s+(?:have|'ve|of)\s+(?:noticed|caught|seen|spotted|checked|known\s+about|known|realised|realized|found|detected|looked\s+at|read)\s+(?<rest>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HindsightSeeing();

    [GeneratedRegex(@"\b(?:should|could|would|ought\s+to)(?:n't|\s+not)?\s*(?:have|'ve|of)\b|\bif\s+only\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hindsight();

    [GeneratedRegex(@"\broot\s+causes?\s+(?:of|for|behind)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootCauseOf();

    [GeneratedRegex(@"\broot\s+caus", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootCause();

    [GeneratedRegex(@"\b(?:human\s+errors?|mistakes?|mistaken|careless\w*|negligen\w*|sloppy|sloppily|faults?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Judgement();

    // "just before", "just now" are statements of time, which the check allows.
    [GeneratedRegex(@"\b(?:just(?!\s+(?:before|after|now|in\s+time)\b)|simply|obviously)\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Minimisers();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
