using SlackBot.Features.Findings;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Review;

/// <summary>
/// Reads the material from the bot's stores (fix ideas included), asks Slack for links to the moments and the questions (findings keep
/// their own), and names people from the user directory.
/// </summary>
public sealed class StoreReviewMaterialSource(
    IIncidentStore incidents,
    IMomentStore moments,
    IQuestionStore questions,
    IFindingStore findings,
    IIncidentMessageStore messages,
    IIdeaStore ideas,
    UserDirectory people,
    ISlackApi slack) : IReviewMaterialSource
{
    /// <summary>chat.getPermalink is cheap but not free; a huge incident gets links for its first moments and questions only.</summary>
    private const int MaxLinksLookedUp = 300;

    public async Task<ReviewMaterial?> LoadAsync(string incidentId, CancellationToken cancellationToken)
    {
        if (await incidents.FindAsync(incidentId, cancellationToken) is not { } incident) return null;
        var incidentMoments = await moments.ForIncidentAsync(incidentId, cancellationToken);
        var incidentQuestions = await questions.ForIncidentAsync(incidentId, cancellationToken);
        var material = new ReviewMaterial
        {
            Incident = incident,
            Moments = incidentMoments,
            Questions = incidentQuestions,
            Findings = await findings.ForIncidentAsync(incidentId, cancellationToken),
            Messages = await messages.ForIncidentAsync(incidentId, cancellationToken),
            // A slash command leaves no message behind, so an idea has no link of its own.
            Ideas = (await ideas.ForIncidentAsync(incidentId, cancellationToken)).Select(idea => new IdeaNote(idea.Text, idea.AuthorId, idea.CreatedAt)).ToList(),
        };

        var wanted = incidentMoments.Select(moment => (moment.ChannelId, moment.Ts))
            .Concat(incidentQuestions.Where(question => question.PostedChannel is not null && question.PostedTs is not null)
                .Select(question => (question.PostedChannel!, question.PostedTs!)))
            .Distinct()
            .Take(MaxLinksLookedUp);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (channel, ts) in wanted)
        {
            try
            {
                links[ReviewMaterial.LinkKey(channel, ts)] = await slack.GetPermalinkAsync(channel, ts, cancellationToken);
            }
            catch (SlackApiException)
            {
                // A deleted message or a channel the bot left: the export says it without the link.
            }
        }

        return material with { Permalinks = links };
    }

    public async Task<Func<string, string>> NamesAsync(ReviewMaterial material, CancellationToken cancellationToken)
    {
        var texts = material.Messages.Select(message => message.Text)
            .Concat(material.Moments.Select(moment => moment.Text))
            .Concat(material.Findings.Select(finding => finding.Text))
            .Concat(material.Ideas.Select(idea => idea.Text));
        var ids = material.Messages.Select(message => message.UserId)
            .Concat(material.Moments.Select(moment => moment.UserId))
            .Concat(material.Questions.Select(question => question.UserId))
            .Concat(material.Findings.Select(finding => finding.AuthorId))
            .Concat(material.Ideas.Select(idea => idea.AuthorId))
            .Concat([material.Incident.StartedBy ?? "", material.Incident.ResolvedBy ?? ""])
            .Concat(texts.SelectMany(SlackMentions.UsersIn))
            .Concat(material.Moments.SelectMany(moment => SlackMentions.UsersShownById(moment.Cue, moment.Text)))
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            try
            {
                names[id] = (await people.GetAsync(id, cancellationToken)).Name;
            }
            catch (SlackApiException)
            {
                // Someone Slack will not describe (a deactivated guest, a missing scope) is shown by id.
            }
        }

        return id => names.TryGetValue(id, out var name) && name.Length > 0 ? name : id;
    }
}
