using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>
/// Decides, for a resolved incident, which moments to ask about, who is asked what, and when: pure, given the
/// moments, the people's clocks and the time. Storage and Slack stay outside.
/// </summary>
public sealed class QuestionPlanner(QuestionComposer composer, QuestionTiming timing, QuestionTimingOptions options)
{
    public IReadOnlyList<AskedQuestion> PlanAfterResolution(
        Incident incident,
        IReadOnlyList<Moment> moments,
        IReadOnlyList<AskedQuestion> alreadyAsked,
        Func<string, UserClock> clockOf,
        IReadOnlySet<string> retiredTemplates,
        QuestionDelivery delivery,
        DateTimeOffset now)
    {
        var askedMoments = alreadyAsked.Select(question => question.MomentId).ToHashSet(StringComparer.Ordinal);
        var candidates = moments
            .Where(moment => !askedMoments.Contains(moment.Id))
            .Select(moment => new MomentCandidate(moment.Id, moment.UserId, moment.Category, moment.Confidence, moment.Ts));
        var chosen = QuestionSelection.Choose(candidates, options, AskedPerUser(alreadyAsked));
        var byId = moments.ToDictionary(moment => moment.Id, StringComparer.Ordinal);
        var resolvedAt = incident.ResolvedAt ?? now;

        return chosen
            .Select(candidate => Question(byId[candidate.MomentId], incident, retiredTemplates, delivery, timing.ReleaseTime(resolvedAt, clockOf(candidate.UserId)), now))
            .ToList();
    }

    /// <summary>
    /// Live timing: a question about a moment just seen, if the caps allow it, released after the channel's
    /// cool-down and in the person's working hours. Null when the caps say no.
    /// </summary>
    public AskedQuestion? PlanLive(
        Incident incident,
        Moment moment,
        IReadOnlyList<AskedQuestion> alreadyAsked,
        UserClock clock,
        IReadOnlySet<string> retiredTemplates,
        QuestionDelivery delivery,
        DateTimeOffset now)
    {
        if (alreadyAsked.Any(question => question.MomentId == moment.Id)) return null;
        if (alreadyAsked.Count >= options.MaxPerIncident) return null;
        if (alreadyAsked.Count(question => question.UserId == moment.UserId) >= options.MaxPerPersonPerIncident) return null;

        var lastInChannel = alreadyAsked.Count == 0 ? (DateTimeOffset?)null : alreadyAsked.Max(question => question.ReleaseAt);
        return Question(moment, incident, retiredTemplates, delivery, timing.LiveReleaseTime(lastInChannel, clock), now);
    }

    private AskedQuestion Question(Moment moment, Incident incident, IReadOnlySet<string> retiredTemplates, QuestionDelivery delivery, DateTimeOffset releaseAt, DateTimeOffset now)
    {
        var composed = composer.Compose(moment.Category, moment.Cue, moment.UserId, moment.Id, retiredTemplates);
        return new AskedQuestion
        {
            Id = AskedQuestion.IdFor(moment.Id),
            MomentId = moment.Id,
            IncidentId = incident.Id,
            ChannelId = moment.ChannelId,
            MomentTs = moment.Ts,
            ThreadRootTs = moment.ThreadRootTs,
            UserId = moment.UserId,
            TemplateId = composed.TemplateId,
            Category = composed.Category,
            Text = composed.Text,
            Delivery = delivery,
            Status = QuestionStatus.Scheduled,
            CreatedAt = now,
            ReleaseAt = releaseAt,
        };
    }

    private static Dictionary<string, int> AskedPerUser(IReadOnlyList<AskedQuestion> asked) =>
        asked.Where(question => question.Status != QuestionStatus.Cancelled)
            .GroupBy(question => question.UserId)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
}
