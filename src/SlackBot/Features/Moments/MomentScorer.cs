using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// Runs the rule table over a message and weighs each match by its context: a negator just before a
/// negatable cue ("not weird at all"), a question that carries no claim ("any workaround?"), or a fix idea
/// ("we should add an alert"), which the product keeps apart from what was learned.
/// </summary>
internal static partial class MomentScorer
{
    private const double NegatedFactor = 0.15;
    private const double QuestionFactor = 0.5;
    private const double FixIdeaFactor = 0.55;
    private const int NegationWindowWords = 5;

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nobody", "none", "without", "hardly", "barely", "neither", "nor",
        "cannot", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant",
        "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "zero",
    };

    public static IReadOnlyList<MomentEvidence> Collect(MessageText message, IReadOnlyList<MomentRule> rules)
    {
        var evidence = new List<MomentEvidence>();
        foreach (var rule in rules)
        {
            MomentEvidence? strongest = null;
            for (var match = rule.Pattern.Match(message.Lower); match.Success; match = match.NextMatch())
            {
                var strength = rule.Weight * ContextFactor(message, rule, match);
                if (strongest is null || strength > strongest.Strength)
                {
                    strongest = new MomentEvidence(rule, strength, match.Index, match.Length);
                }
            }

            if (strongest is not null)
            {
                evidence.Add(strongest);
            }
        }

        return evidence;
    }

    private static double ContextFactor(MessageText message, MomentRule rule, Match match)
    {
        var factor = 1.0;
        if (rule.Traits.HasFlag(RuleTraits.Negatable) && IsNegated(message, match.Index))
        {
            factor *= NegatedFactor;
        }

        if (!rule.Traits.HasFlag(RuleTraits.Askable) && message.IsQuestionAt(match.Index))
        {
            factor *= QuestionFactor;
        }

        var sentence = message.SentenceAt(match.Index);
        if (FixIdea().IsMatch(message.Lower.AsSpan(sentence.Start, sentence.Length)))
        {
            factor *= FixIdeaFactor;
        }

        return factor;
    }

    private static bool IsNegated(MessageText message, int index) =>
        message.WordsBefore(index, NegationWindowWords)
            .Select(word => word.Replace("'", "", StringComparison.Ordinal))
            .Any(Negators.Contains);

    // Proposals for later ("we should add an alert", "action item", "going forward") are welcome, but they
    // are not what happened; they tend to crowd out the learning when collected as moments.
    [GeneratedRegex(@"^(?:we should|should we add|we need (?:to add|an?|better|more)|let'?s (?:add|fix|make sure|document|automate|write|put)|i'?ll (?:add|file|document|write)|i'?m adding|action items?|todo|to-do|follow-?up:)|going forward|from now on|in (?:the )?future|next time", RegexOptions.CultureInvariant)]
    private static partial Regex FixIdea();
}
