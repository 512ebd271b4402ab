using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;

namespace SlackBot.Features.Questions;

/// <summary>Names the people mentioned in moments' cues (from the people directory), so a quote reads as it did in Slack.</summary>
public sealed class ReadableCues(UserDirectory people)
{
    public async Task<IReadOnlyList<Moment>> NameMentionsAsync(IReadOnlyList<Moment> moments, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var userId in moments.SelectMany(moment => CueMentions.UserIds(moment.Cue)).Distinct())
            names[userId] = (await people.GetAsync(userId, cancellationToken)).Name;
        return names.Count == 0
            ? moments
            : moments.Select(moment => moment with { Cue = CueMentions.WithNames(moment.Cue, names.GetValueOrDefault) }).ToList();
    }
}
