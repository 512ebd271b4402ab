using SlackBot.Features.Questions;

namespace SlackBot.Features.Review;

/// <summary>Who took part in an incident and how: who wrote (and when), who had moments, who was asked, who answered.</summary>
internal static class ReviewParticipants
{
    /// <summary>Everyone who wrote, was asked or answered, in the order they first spoke (people who only answered last).</summary>
    public static IReadOnlyList<Participant> From(ReviewMaterial material, Func<string, string> nameOf)
    {
        // Moments are messages too, and outlive the message log's retention.
        var said = material.Messages.Select(message => (message.Id, message.UserId, message.At))
            .Concat(material.Moments.Select(moment => (moment.Id, moment.UserId, moment.At)))
            .DistinctBy(message => message.Id)
            .ToLookup(message => message.UserId);
        var people = said.Select(group => group.Key)
            .Concat(material.Questions.Select(question => question.UserId))
            .Concat(material.Findings.Select(finding => finding.AuthorId))
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal);

        return people.Select(id =>
            {
                var times = said[id].Select(message => message.At).OrderBy(at => at).ToList();
                var answers = material.Findings.Where(finding => finding.AuthorId == id && finding.QuestionId is not null).ToList();
                return new Participant(
                    id,
                    times.Count > 0 ? times[0] : null,
                    times.Count > 0 ? times[^1] : null,
                    times.Count,
                    material.Moments.Count(moment => moment.UserId == id),
                    material.Questions.Count(question => question.UserId == id && question.Status != QuestionStatus.Cancelled),
                    answers.Count,
                    answers.Count > 0 ? answers.Max(finding => finding.CreatedAt) : null);
            })
            .OrderBy(person => person.FirstMessageAt ?? DateTimeOffset.MaxValue)
            .ThenBy(person => nameOf(person.UserId), StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
