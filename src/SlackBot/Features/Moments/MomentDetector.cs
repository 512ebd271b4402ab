namespace SlackBot.Features.Moments;

/// <summary>
/// Decides whether a human message in an incident channel is a learning moment: a surprise, a workaround,
/// a personal script, a judgement call, the person everyone pulls in… Pure and stateless, so one instance
/// can serve every channel on every thread. It judges words only; callers drop bot messages, joins, edits
/// and deletions first.
/// </summary>
/// <remarks>
/// Two layers. The rule table (<see cref="MomentRules"/>) finds the language that marks each kind of moment and
/// says which words to quote. A small learned model (<see cref="MomentModel"/>) then weighs that evidence against
/// the rest of the message: the rules alone over-trust marker words in status lines and requests, and miss
/// moments that have no marker word at all ("dashboard says 0 errors, customers say checkout fails").
/// </remarks>
public sealed class MomentDetector
{
    /// <summary>Below this the rules alone say "not a moment"; the model's own threshold is in its file.</summary>
    public const double Threshold = 0.5;

    // Evidence for other categories makes a moment more likely, but counts for less than evidence for the
    // category chosen: "hm" plus "keeps growing" is a moment, two unrelated weak hints are not always one.
    private const double CrossCategorySupport = 0.5;

    // A two-word message ("still down", "paging @amy") needs a strong cue: short status lines are common.
    private const double TwoWordFactor = 0.85;

    // Longer texts are pastes (logs, stack traces); the person's own words are at the start.
    private const int MaxCharacters = 4000;

    // When no rule fired, the words carry the moment; a message stating how something works is the commonest such.
    private const MomentCategory WithoutMarker = MomentCategory.SenseMaking;

    private readonly IReadOnlyList<MomentRule> rules = MomentRules.All;
    private readonly MomentModel? model;

    /// <summary>The detector as shipped: rules weighed by the learned model.</summary>
    public MomentDetector()
        : this(MomentModel.Default)
    {
    }

    /// <summary>With <paramref name="model"/> null, the rules decide alone (how the model's features are computed).</summary>
    internal MomentDetector(MomentModel? model)
    {
        this.model = model;
    }

    /// <summary>The moment in <paramref name="text"/> (raw Slack mrkdwn), or null when it is not one.</summary>
    public MomentDetection? Detect(string text)
    {
        if (Read(text) is not { } message)
        {
            return null;
        }

        var evidence = MomentScorer.Collect(message, rules);
        var judged = JudgeByRules(message, evidence);
        if (model is null)
        {
            return judged is { Confidence: >= Threshold } ? Detection(message, judged) : null;
        }

        var features = MomentFeatures.Of(message, evidence, judged?.Confidence ?? 0);
        var probability = model.Probability(features);
        if (probability < model.Threshold)
        {
            return null;
        }

        // The rules name the kind of moment and the words to quote whenever they fired: on channels nobody tuned on
        // they pick the category better than the learned one does. Without them, the model names it and the clause
        // its words weigh most is quoted.
        // A message that only reacts ("news to me too") has nothing to quote or ask about: skipped.
        if (judged is not null)
        {
            var ruleCue = CueExtractor.ExtractWithContent(message, judged.Trigger.Index, judged.Trigger.Length);
            return ruleCue is null ? null : new MomentDetection(judged.Category, Math.Round(probability, 3), ruleCue);
        }

        var category = model.Categories?.Scores(features).MaxBy(pair => pair.Value).Key ?? WithoutMarker;
        var cue = CueExtractor.ExtractWithContent(message, WeightiestSegment(message), 0);
        return cue is null ? null : new MomentDetection(category, Math.Round(probability, 3), cue);
    }

    /// <summary>The features the model sees for <paramref name="text"/>, or null when it is noise (never a moment).</summary>
    internal List<KeyValuePair<string, double>>? FeaturesOf(string text)
    {
        if (Read(text) is not { } message)
        {
            return null;
        }

        var evidence = MomentScorer.Collect(message, rules);
        return MomentFeatures.Of(message, evidence, JudgeByRules(message, evidence)?.Confidence ?? 0);
    }

    private static MessageText? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = MessageText.FromMrkdwn(text.Length > MaxCharacters ? text[..MaxCharacters] : text);
        return NoiseFilter.IsNoise(message) ? null : message;
    }

    private static RuleJudgement? JudgeByRules(MessageText message, IReadOnlyList<MomentEvidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        var byCategory = evidence
            .GroupBy(e => e.Category)
            .Select(group => (Category: group.Key, Score: CombineIndependent(group.Select(e => e.Strength)), Evidence: group.ToList()))
            .OrderByDescending(c => c.Score)
            .ToList();

        var best = byCategory[0];
        var support = byCategory.Skip(1).Select(c => c.Score * CrossCategorySupport);
        var confidence = CombineIndependent(support.Prepend(best.Score));
        if (NoiseFilter.CountWords(message) <= 2)
        {
            confidence *= TwoWordFactor;
        }

        return new RuleJudgement(best.Category, confidence, best.Evidence.MaxBy(e => e.Strength)!);
    }

    private static MomentDetection Detection(MessageText message, RuleJudgement judged) =>
        new(judged.Category, Math.Round(judged.Confidence, 3), CueExtractor.Extract(message, judged.Trigger.Index, judged.Trigger.Length));

    // The clause whose words the model weighs most: what to quote when no marker word says where the moment is.
    private int WeightiestSegment(MessageText message) =>
        message.Segments
            .MaxBy(segment => MomentFeatures.Tokens(message.Lower[segment.Start..segment.End]).Sum(model!.WordWeight))
            .Start;

    // Noisy-OR: each piece of evidence is an independent chance that this is a moment.
    private static double CombineIndependent(IEnumerable<double> strengths) =>
        1.0 - strengths.Aggregate(1.0, (notYet, strength) => notYet * (1.0 - Math.Clamp(strength, 0.0, 1.0)));

    private sealed record RuleJudgement(MomentCategory Category, double Confidence, MomentEvidence Trigger);
}
