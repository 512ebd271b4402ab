using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Slack.Api;
using SlackBot.Eventing;
using SlackBot.Features.Incidents;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Questions;

/// <summary>
/// Replies in a question's thread are answers. The person asked answers the question; anyone else adding a
/// substantial reply adds a finding to it. A small reaction on the reply says "got it" without adding noise.
/// </summary>
public sealed class QuestionReplyListener(IQuestionStore questions, QuestionAnswers answers, IOutbox outbox) : IFeatureEventHandler<HumanMessagePosted>
{
    public const string AcknowledgementReaction = "raised_hands";

    public async Task HandleAsync(HumanMessagePosted posted, CancellationToken cancellationToken)
    {
        var message = posted.Message;
        if (!message.IsFromHuman || !message.IsThreadReply || message is not { Channel: { } channel, ThreadTs: { } threadTs, Ts: { } ts, User: { } author }) return;

        var asked = (await questions.AskedInThreadAsync(channel, threadTs, cancellationToken))
            .Where(question => question.PostedTs is not null && SlackTs.Compare(question.PostedTs, ts) < 0)
            .ToList();
        if (ThreadReplies.AnsweredBy(asked, candidate => candidate.UserId, author, message.Text) is not { } question) return;

        await answers.RecordAsync(question, author, message.Text ?? "", FindingSource.ThreadReply, Finding.IdForMessage(channel, ts), channel, ts, cancellationToken);
        outbox.Enqueue(new OutboxMessage
        {
            Id = $"ack:{channel}:{ts}",
            Kind = OutboxKind.AddReaction,
            Channel = channel,
            Payload = new JsonObject { ["channel"] = channel, ["timestamp"] = ts, ["name"] = AcknowledgementReaction }.ToJsonString(),
        });
    }
}
