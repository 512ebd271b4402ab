namespace SlackBot.Features.Questions;

/// <summary>
/// Finds phrasing that turns a learning conversation into a hunt for someone to blame. Questions the bot
/// asks are held to the strict list (<see cref="CheckQuestion(string)"/>); what people write is only marked
/// (<see cref="FlagBlame"/>) so that digests can handle it with care, never refused.
/// </summary>
public static class LanguageCheck
{
    private const string WhyExplanation =
        "“Why” aimed at what someone did asks them to justify it; ask how it unfolded or what they saw instead.";

    private const string CounterfactualExplanation =
        "Describes a path that was not taken, which measures people against hindsight instead of describing what happened.";

    private const string JudgementExplanation =
        "Judges the work against a standard, which invites defensiveness and hides how the work actually got done.";

    private const string MinimiserExplanation =
        "Makes the work sound trivial or self-evident, which hides what it took and what made it look that way.";

    private const string RootCauseExplanation =
        "Hunts for a single cause; incidents grow from several conditions, so ask how the system came to be in this state.";

    private const string BlameExplanation =
        "Points at a person rather than at the conditions they were working in.";

    private static readonly string[] Auxiliaries =
    [
        "did", "didn't", "didnt", "did not", "do", "does", "doesn't", "don't", "dont",
        "was", "wasn't", "wasnt", "was not", "were", "weren't", "werent", "were not",
        "is", "isn't", "are", "aren't", "would", "wouldn't", "could", "couldn't", "should", "shouldn't",
        "have", "haven't", "has", "hasn't", "had", "hadn't", "will", "won't", "can", "can't", "cannot", "not",
    ];

    private static readonly LanguageRule WhyQuestion = LanguageRule.Of(
        LanguageRule.WhyQuestion, WhyExplanation,
        ["why'd", .. Auxiliaries.Select(auxiliary => "why " + auxiliary)]);

    private static readonly LanguageRule Counterfactual = LanguageRule.Of(
        LanguageRule.Counterfactual, CounterfactualExplanation,
        "should have", "shouldn't have", "should not have", "should've", "shouldn't've", "should of",
        "could have", "couldn't have", "could not have", "could've", "couldn't've", "could of",
        "would have", "wouldn't have", "would not have", "would've", "wouldn't've", "would of",
        "ought to have", "oughtn't to have", "failed to", "fail to", "if only");

    // "fault" is also the word for a hardware or injected failure; those compounds are not judgements.
    private static readonly LanguageRule Judgement = LanguageRule.Of(
        LanguageRule.Normative, JudgementExplanation,
        "mistakes?", "mistaken(?:ly)?", "careless(?:ly|ness)?", "human errors?", "negligen(?:t|tly|ce)",
        "sloppy", "sloppily", "sloppiness",
        @"faults?(?![\s\-]+(?:toleran\w*|injection|domains?|lines?|isolation|zones?|detection))");

    // Strict for questions: any "just" except plain statements of time ("just before", "just now").
    private static readonly LanguageRule MinimiserInQuestions = LanguageRule.Of(
        LanguageRule.Normative, MinimiserExplanation,
        "obvious(?:ly)?", "simply", "simple",
        @"just(?![\s\-]+(?:before|after|now|in time)(?!\w))");

    // Lenient for answers: people say "I just restarted it" all the time; only the minimising forms count.
    private static readonly LanguageRule MinimiserInAnswers = LanguageRule.Of(
        LanguageRule.Normative, MinimiserExplanation,
        "obvious(?:ly)?", "simply",
        "(?:should|could|would|can|only|have|had) just",
        "just (?:had|have|has|needed|need|needs) to",
        "all (?:you|they|he|she|we|I|someone|anyone) (?:had|have|has|needed|need) to do");

    private static readonly LanguageRule RootCause = LanguageRule.Of(
        LanguageRule.RootCause, RootCauseExplanation,
        "root caus(?:e|es|ed|ing)");

    private static readonly LanguageRule Blame = LanguageRule.Of(
        LanguageRule.Blame, BlameExplanation,
        "(?:their|his|her|my|your|our|whose|someone's|somebody's|nobody's) fault",
        "should have known", "should've known", "should of known", "should know better", "knew better",
        "didn't bother", "didnt bother", "did not bother", "couldn't be bothered", "could not be bothered",
        "lazy", "laziness", "incompeten(?:t|ce|tly)", "clueless", "reckless(?:ly|ness)?",
        "(?:not|wasn't|weren't|wasnt|werent|isn't|aren't) paying attention",
        "(?:messed|screwed|botched|stuffed|cocked) up", "botched", "dropped the ball",
        "fat fingere?d?", "fatfingere?d?", "stupid(?:ity)?", "dumb", "idiot(?:s|ic)?",
        "blam(?:e|es|ed|ing)", "no excuse", "asleep at the wheel");

    private static readonly LanguageRule[] QuestionRules =
        [WhyQuestion, Counterfactual, Judgement, MinimiserInQuestions, RootCause];

    private static readonly LanguageRule[] AnswerRules =
        [Blame, Counterfactual, Judgement, MinimiserInAnswers];

    /// <summary>Every rule either check uses, once each.</summary>
    internal static IReadOnlyList<LanguageRule> AllRules { get; } = [.. QuestionRules.Union(AnswerRules)];

    /// <summary>The strict check for question text: an empty list means the text may be asked.</summary>
    public static IReadOnlyList<LanguageIssue> CheckQuestion(string text) => Find(text, QuestionRules);

    /// <summary>
    /// Checks a generated question while letting the person's own words through: every occurrence of
    /// <paramref name="personsWords"/> (typically the quoted cue) is blanked out before the check, so the
    /// bot's phrasing around it is still held to the strict list.
    /// </summary>
    public static IReadOnlyList<LanguageIssue> CheckQuestion(string text, string personsWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(personsWords);
        var masked = personsWords.Length == 0
            ? text
            : text.Replace(personsWords, new string(' ', personsWords.Length), StringComparison.Ordinal);
        return Find(masked, QuestionRules);
    }

    /// <summary>Marks blaming phrasing in what people wrote (answers, notes, findings); never refuses anything.</summary>
    public static IReadOnlyList<LanguageIssue> FlagBlame(string text) => Find(text, AnswerRules);

    private static List<LanguageIssue> Find(string text, LanguageRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Curly and modifier apostrophes become straight ones, one character for one, so match positions
        // still point into the original text and the reported phrase is what the author typed.
        var normalised = NormaliseApostrophes(text);

        var hits = new List<(int Start, int Length, LanguageRule Rule)>();
        foreach (var rule in rules)
        {
            for (var match = rule.Pattern.Match(normalised); match.Success; match = match.NextMatch())
            {
                hits.Add((match.Index, match.Length, rule));
            }
        }

        // When phrases overlap ("should have known" and "should have"), the longer and more specific one
        // speaks for both; reporting each would only repeat the same point.
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var issues = new List<LanguageIssue>();
        var coveredUntil = 0;
        foreach (var (start, length, rule) in hits)
        {
            if (start + length <= coveredUntil)
            {
                continue;
            }

            issues.Add(new LanguageIssue(rule.Name, text.Substring(start, length), rule.Explanation));
            coveredUntil = Math.Max(coveredUntil, start + length);
        }

        return issues;
    }

    private static string NormaliseApostrophes(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`' => '\'',
                    var other => other,
                };
            }
        });
}
