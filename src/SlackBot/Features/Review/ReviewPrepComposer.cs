using SlackBot.Features.Findings;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Review;

/// <summary>
/// Composes the calibration pack for an incident's review meeting from its material. Pure: the same material gives the
/// same pack. Suggested questions use the organisation's question bank (a phrasing other than the one already left
/// unanswered) and are held to the language check; one that fails falls back to a plain how/what question.
/// </summary>
public sealed class ReviewPrepComposer(QuestionComposer questions)
{
    /// <summary>A few good questions beat many: at most this many suggestions per person.</summary>
    public const int FollowUpsPerPerson = 3;

    private readonly QuestionComposer questions = questions ?? throw new ArgumentNullException(nameof(questions));

    /// <param name="nameOf">A person's name by user id.</param>
    /// <param name="includeRestrictedFindings">False when the reader may not see restricted findings (<see cref="Findings.Search.FindingSearchRules.RestrictedTo"/>).</param>
    public ReviewPrep Compose(ReviewMaterial material, Func<string, string> nameOf, bool includeRestrictedFindings = true)
    {
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(nameOf);
        var visible = includeRestrictedFindings ? material : material.WithoutRestrictedFindings();
        var open = OpenMoments(visible);
        return new ReviewPrep
        {
            Incident = visible.Incident,
            Participants = ReviewParticipants.From(visible, nameOf),
            Themes = Themes(visible.Findings),
            OpenMoments = open,
            Differences = DivergentAccounts.Find(ReviewAccounts.From(visible, nameOf)),
            FollowUps = FollowUps(open, nameOf),
            Invitees = Invitees(visible, nameOf),
            Ideas = visible.Ideas,
            PrivateFindingsLeftOut = material.Findings.Count - visible.Findings.Count,
        };
    }

    /// <summary>Every theme a finding carries counts once for it; a finding with none counts under its category or "Other".</summary>
    internal static List<ThemeCount> Themes(IReadOnlyList<Finding> findings) =>
        findings
            .SelectMany(finding => finding.Themes.Count > 0
                ? finding.Themes.Distinct(StringComparer.OrdinalIgnoreCase)
                : [finding.Category?.Label() ?? "Other"])
            .GroupBy(theme => theme, StringComparer.OrdinalIgnoreCase)
            .Select(group => new ThemeCount(group.Key, group.Count()))
            .OrderByDescending(theme => theme.Findings)
            .ThenBy(theme => theme.Theme, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Moments nobody has written a finding about and whose question is not answered.</summary>
    private static List<OpenMoment> OpenMoments(ReviewMaterial material)
    {
        var answered = material.Findings.Select(finding => finding.MomentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var questionsByMoment = material.Questions.ToLookup(question => question.MomentId);
        var open = new List<OpenMoment>();
        foreach (var moment in material.Moments.OrderBy(moment => moment.At))
        {
            if (answered.Contains(moment.Id)) continue;
            // The moment's own question: a follow-up exists only once there was an answer.
            var question = questionsByMoment[moment.Id].Where(asked => !asked.IsFollowUp).OrderByDescending(asked => asked.CreatedAt).FirstOrDefault();
            OpenMomentState? state = question?.Status switch
            {
                null => OpenMomentState.NotAsked,
                QuestionStatus.Scheduled => OpenMomentState.Scheduled,
                QuestionStatus.Posted => OpenMomentState.Asked,
                QuestionStatus.Snoozed => OpenMomentState.Snoozed,
                QuestionStatus.Dismissed => OpenMomentState.Declined,
                QuestionStatus.Declined => question.Replies.LastOrDefault(reply => reply.UserId == question.UserId)?.Reason switch
                {
                    DeclineReason.AtTheReview => OpenMomentState.WantsTheReview,
                    DeclineReason.DoesNotKnow => OpenMomentState.DoesNotKnow,
                    _ => OpenMomentState.Passed,
                },
                QuestionStatus.Redirected => OpenMomentState.PointedElsewhere,
                // An answer that is not among the findings was withdrawn, and a cancelled question's moment went away.
                _ => null,
            };
            if (state is { } known) open.Add(new OpenMoment(moment, known, question));
        }

        return open;
    }

    /// <summary>Questions for the room about open moments; a decline is respected, so declined moments get none.</summary>
    private List<SuggestedQuestion> FollowUps(IReadOnlyList<OpenMoment> open, Func<string, string> nameOf)
    {
        var suggestions = new List<SuggestedQuestion>();
        foreach (var person in open.Where(moment => moment.State is not (OpenMomentState.Declined or OpenMomentState.Passed)).GroupBy(moment => moment.Moment.UserId))
        {
            foreach (var moment in person.Take(FollowUpsPerPerson))
            {
                if (Suggest(moment, nameOf) is { } suggestion) suggestions.Add(suggestion);
            }
        }

        var at = open.ToDictionary(moment => moment.Moment.Id, moment => moment.Moment.At, StringComparer.Ordinal);
        return [.. suggestions.OrderBy(suggestion => at[suggestion.MomentId])];
    }

    // The id goes inside <@…>; anything else (an imported or hand-made id) could carry markup of its own.
    private static bool IsUserId(string id) =>
        id is ['U' or 'W', _, ..] && id.Skip(1).All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    private SuggestedQuestion? Suggest(OpenMoment open, Func<string, string> nameOf)
    {
        var moment = open.Moment;
        // Names, not ids, in the quoted words: "only @dave knows…" reads as it did in Slack.
        var cue = SlackText.ToPlain(moment.Cue).Length > 0 ? ReviewText.Cue(moment, nameOf) : ReviewText.Plain(moment.Text, nameOf);
        if (SlackText.ToPlain(cue).Length == 0 || !IsUserId(moment.UserId)) return null;

        var quoted = QuestionComposer.QuoteCue(cue);
        var asked = open.Question?.TemplateId is { Length: > 0 } templateId ? new HashSet<string>(StringComparer.Ordinal) { templateId } : null;
        var composed = questions.Compose(moment.Category, cue, moment.UserId, moment.Id, asked);
        if (LanguageCheck.CheckQuestion(composed.Text, quoted).Count == 0)
            return new SuggestedQuestion(moment.UserId, moment.Id, composed.Text, quoted, composed.TemplateId);

        var plain = $"<@{moment.UserId}>, about {quoted}: how did that unfold from where you were, and what stood out to you at the time?";
        return LanguageCheck.CheckQuestion(plain, quoted).Count == 0 ? new SuggestedQuestion(moment.UserId, moment.Id, plain, quoted, null) : null;
    }

    private static List<Invitee> Invitees(ReviewMaterial material, Func<string, string> nameOf)
    {
        var reasons = new Dictionary<string, List<InviteReason>>(StringComparer.Ordinal);
        var namedIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string userId, InviteReason reason)
        {
            if (userId.Length == 0) return;
            if (!reasons.TryGetValue(userId, out var list)) reasons[userId] = list = [];
            if (!list.Contains(reason)) list.Add(reason);
        }

        foreach (var moment in material.Moments) Add(moment.UserId, InviteReason.HadMoments);
        foreach (var finding in material.Findings.Where(finding => finding.QuestionId is not null)) Add(finding.AuthorId, InviteReason.Answered);
        foreach (var reply in material.Questions.SelectMany(question => question.Replies))
            foreach (var person in reply.PointsTo.Where(person => person != reply.UserId)) Add(person, InviteReason.SuggestedByAnswerers);

        var known = material.Messages.Select(message => message.UserId)
            .Concat(material.Moments.Select(moment => moment.UserId))
            .Concat(material.Findings.Select(finding => finding.AuthorId))
            .Concat(material.Questions.Select(question => question.UserId))
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal);
        var peopleByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in known)
        {
            var name = nameOf(id);
            if (name.Length > 0 && name != id) peopleByName.TryAdd(name, id);
        }

        var logged = material.Messages.Select(message => message.Id).ToHashSet(StringComparer.Ordinal);
        var texts = material.Messages.Select(message => (message.UserId, message.Text))
            .Concat(material.Moments.Where(moment => !logged.Contains(moment.Id)).Select(moment => (moment.UserId, moment.Text)))
            .Concat(material.Findings.Select(finding => (finding.AuthorId, finding.Text)));
        foreach (var expert in NamedExperts.Find(texts, peopleByName))
        {
            Add(expert.UserId, InviteReason.NamedAsTheOneWhoKnows);
            if (!namedIn.TryGetValue(expert.UserId, out var words)) namedIn[expert.UserId] = words = [];
            var line = ReviewText.Line(expert.Words, nameOf, 160);
            if (!words.Contains(line)) words.Add(line);
        }

        return reasons
            .Select(entry => new Invitee(entry.Key, [.. entry.Value.OrderBy(reason => reason)], namedIn.GetValueOrDefault(entry.Key) ?? []))
            .OrderByDescending(invitee => invitee.Reasons.Contains(InviteReason.NamedAsTheOneWhoKnows))
            .ThenByDescending(invitee => invitee.Reasons.Count)
            .ThenBy(invitee => nameOf(invitee.UserId), StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
