using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Questions;

/// <summary>Names the people mentioned in moments' cues (from the people directory), so a quote reads as it did in Slack.</summary>
public sealed class ReadableCues(UserDirectory people)
{
    public async Task<IReadOnlyList<Moment>> NameMentionsAsync(IReadOnlyList<Moment> moments, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var userId in moments.SelectMany(moment => SlackMentions.UsersShownById(moment.Cue, moment.Text)).Distinct())
            names[userId] = (await people.GetAsync(userId, cancellationToken)).Name;
        return names.Count == 0
            ? moments
            : moments.Select(moment => moment with { Cue = SlackMentions.NameUsers(moment.Cue, moment.Text, names.GetValueOrDefault) }).ToList();
    }
}
