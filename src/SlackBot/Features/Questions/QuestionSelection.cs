using SlackBot.Features.Moments;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Questions;

/// <summary>
/// Picks which moments of an incident become questions. A few good questions beat many, and a spread of
/// categories teaches more than three questions about the same script, so selection runs in rounds:
/// first moments whose category is new both for the person and for the incident, then moments whose
/// category is new for the person, then whatever is left, each round by confidence, always within the caps.
/// </summary>
public static class QuestionSelection
{
    private enum Round
    {
        NewForPersonAndIncident,
        NewForPerson,
        Any,
    }

    /// <summary>
    /// The moments to ask about, in the order they were chosen (best first). Caps count questions already
    /// asked: <paramref name="alreadyAskedPerUser"/> uses up each person's share and the incident's.
    /// Moments listed twice (same <see cref="MomentCandidate.MomentId"/>) are considered once.
    /// </summary>
    public static IReadOnlyList<MomentCandidate> Choose(IEnumerable<MomentCandidate> candidates,
        QuestionTimingOptions options, IReadOnlyDictionary<string, int>? alreadyAskedPerUser = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);

        var asked = new Dictionary<string, int>(alreadyAskedPerUser ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        var incidentBudget = options.MaxPerIncident - asked.Values.Sum();
        var ranked = candidates
            .DistinctBy(candidate => candidate.MomentId, StringComparer.Ordinal)
            .OrderByDescending(candidate => double.IsNaN(candidate.Confidence) ? double.NegativeInfinity : candidate.Confidence)
            .ThenBy(candidate => candidate.Ts, SlackTs.Comparer)
            .ThenBy(candidate => candidate.MomentId, StringComparer.Ordinal)
            .ToList();

        var chosen = new List<MomentCandidate>();
        var chosenIds = new HashSet<string>(StringComparer.Ordinal);
        var incidentCategories = new HashSet<MomentCategory>();
        var personCategories = new HashSet<(string UserId, MomentCategory Category)>();

        foreach (var round in Enum.GetValues<Round>())
        {
            foreach (var candidate in ranked)
            {
                if (chosen.Count >= incidentBudget)
                {
                    return chosen;
                }

                var newForPerson = !personCategories.Contains((candidate.UserId, candidate.Category));
                var fits = round switch
                {
                    Round.NewForPersonAndIncident => newForPerson && !incidentCategories.Contains(candidate.Category),
                    Round.NewForPerson => newForPerson,
                    _ => true,
                };

                if (!fits || chosenIds.Contains(candidate.MomentId)
                    || asked.GetValueOrDefault(candidate.UserId) >= options.MaxPerPersonPerIncident)
                {
                    continue;
                }

                chosen.Add(candidate);
                chosenIds.Add(candidate.MomentId);
                incidentCategories.Add(candidate.Category);
                personCategories.Add((candidate.UserId, candidate.Category));
                asked[candidate.UserId] = asked.GetValueOrDefault(candidate.UserId) + 1;
            }
        }

        return chosen;
    }
}
