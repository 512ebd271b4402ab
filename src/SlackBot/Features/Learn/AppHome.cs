using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Outbound;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>
/// The bot's Home tab: what it is for, the questions waiting for this person, and what was learned lately.
/// Published through the outbox each time someone opens the tab.
/// </summary>
public sealed class AppHome(IQuestionStore questions, IFindingStore findings, IncidentService incidents, IOutbox outbox) : IEventListener<AppHomeOpenedEvent>
{
    private const int RecentFindings = 5;

    public async Task HandleAsync(AppHomeOpenedEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (slackEvent.Tab is not (null or "home") || slackEvent.User.Length == 0) return;

        outbox.Enqueue(new OutboxMessage
        {
            Id = $"home:{slackEvent.User}:{context.EnvelopeId}",
            Kind = OutboxKind.PublishView,
            Channel = slackEvent.User,
            Payload = new JsonObject { ["user_id"] = slackEvent.User, ["view"] = await ViewAsync(slackEvent.User, cancellationToken) }.ToJsonString(),
        });
    }

    public async Task<JsonObject> ViewAsync(string userId, CancellationToken cancellationToken)
    {
        var blocks = new JsonArray
        {
            BlockKit.Header("Learning from incidents"),
            BlockKit.Section("I listen in incident channels, stay quiet while people are busy, and afterwards ask a few people " +
                             "a specific question about something they said or did. Answers become *findings*: how work really gets done here."),
            BlockKit.Context("`/learn help` lists what I can do · react with :mag: to mark a learning moment · :bulb: keeps any message as a finding"),
            BlockKit.Divider(),
        };

        var open = (await questions.AllAsync(cancellationToken)).Where(question => question.UserId == userId && question.IsOpen).OrderByDescending(question => question.PostedAt).ToList();
        blocks.Add(BlockKit.Section(open.Count == 0
            ? "*Questions for you*\nNone right now. Thank you for the answers you gave."
            : $"*Questions for you* ({open.Count}), all optional:"));
        foreach (var question in open.Take(5))
            blocks.Add(BlockKit.Context($"{Mrkdwn.Truncate(question.Text, 280)} · in {Mrkdwn.Channel(question.ChannelId)}"));

        blocks.Add(BlockKit.Divider());
        var recent = (await findings.AllAsync(cancellationToken)).OrderByDescending(finding => finding.CreatedAt).Take(RecentFindings).ToList();
        blocks.Add(BlockKit.Section(recent.Count == 0 ? "*Recently learned*\nNothing yet." : "*Recently learned*"));
        foreach (var finding in recent)
        {
            var where = finding.IncidentId is { } incidentId && await incidents.FindAsync(incidentId, cancellationToken) is { } incident ? " · " + Mrkdwn.Escape(incident.DisplayName) : "";
            var link = finding.Permalink is { } permalink ? " · " + Mrkdwn.Link(permalink, "in Slack") : "";
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), 400))));
            blocks.Add(BlockKit.Context($"{Mrkdwn.Mention(finding.AuthorId)}{where}{link}"));
        }

        return BlockKit.Home(blocks);
    }
}
