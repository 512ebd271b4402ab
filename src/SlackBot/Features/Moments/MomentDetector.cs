namespace SlackBot.Features.Moments;

/// <summary>
/// Decides whether a human message in an incident channel is a learning moment: a surprise, a workaround,
/// a personal script, a judgement call, the person everyone pulls in… Pure and stateless, so one instance
/// can serve every channel on every thread. It judges words only; callers drop bot messages, joins, edits
/// and deletions first.
/// </summary>
public sealed class MomentDetector
{
    /// <summary>Below this the detector says "not a moment"; chosen on the development set.</summary>
    public const double Threshold = 0.5;

    // Evidence for other categories makes a moment more likely, but counts for less than evidence for the
    // category chosen: "hm" plus "keeps growing" is a moment, two unrelated weak hints are not always one.
    private const double CrossCategorySupport = 0.5;

    // A two-word message ("still down", "paging @amy") needs a strong cue: short status lines are common.
    private const double TwoWordFactor = 0.85;

    // Longer texts are pastes (logs, stack traces); the person's own words are at the start.
    private const int MaxCharacters = 4000;

    private readonly IReadOnlyList<MomentRule> rules = MomentRules.All;

    /// <summary>The moment in <paramref name="text"/> (raw Slack mrkdwn), or null when it is not one.</summary>
    public MomentDetection? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = MessageText.FromMrkdwn(text.Length > MaxCharacters ? text[..MaxCharacters] : text);
        if (NoiseFilter.IsNoise(message))
        {
            return null;
        }

        var evidence = MomentScorer.Collect(message, rules);
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

        if (confidence < Threshold)
        {
            return null;
        }

        var trigger = best.Evidence.MaxBy(e => e.Strength)!;
        var cue = CueExtractor.Extract(message, trigger.Index, trigger.Length);
        return new MomentDetection(best.Category, Math.Round(confidence, 3), cue);
    }

    // Noisy-OR: each piece of evidence is an independent chance that this is a moment.
    private static double CombineIndependent(IEnumerable<double> strengths) =>
        1.0 - strengths.Aggregate(1.0, (notYet, strength) => notYet * (1.0 - Math.Clamp(strength, 0.0, 1.0)));
}
