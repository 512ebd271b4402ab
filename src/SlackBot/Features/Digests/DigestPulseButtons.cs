using System.Globalization;
using System.Text.Json;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Digests;

/// <summary>
/// The pulse under each digest: "I learned something" or "Not this week". One vote per person per digest, keyed by
/// (digest, person), so a second click changes the vote and a replayed click changes nothing. The person is told,
/// privately, what was counted; later digests show the trend.
/// </summary>
public sealed class DigestPulseButtons(ISentDigestStore sent, IUnitOfWork unitOfWork) : IBlockActionListener
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        if (action.ActionId is not (DigestBlocks.LearnedAction or DigestBlocks.NotThisWeekAction)) return;
        if (action.Value is not { } digestId || await sent.FindAsync(digestId, cancellationToken) is not { } digest) return;

        var user = payload.User.Id;
        var learned = action.ActionId == DigestBlocks.LearnedAction;
        var vote = new DigestVote
        {
            Id = DigestVote.IdFor(digest.Id, user),
            DigestId = digest.Id,
            SubscriptionId = digest.SubscriptionId,
            UserId = user,
            Learned = learned,
            At = context.ReceivedAt,
        };
        var others = (await sent.VotesAsync(digest.Id, cancellationToken)).Where(other => other.UserId != user).ToList();
        var learnedCount = others.Count(other => other.Learned) + (learned ? 1 : 0);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Thanks, counted: {(learned ? "you learned something" : "not this week")}. So far {learnedCount} of {others.Count + 1} say they learned something. Click the other button to change your vote.");
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id ?? digest.ChannelId;
        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(vote);
            transaction.Enqueue(new OutboxMessage
            {
                Id = $"digest-vote:{context.EnvelopeId}",
                Kind = OutboxKind.PostEphemeral,
                Channel = channel,
                Correlation = SentDigest.CorrelationPrefix + digest.Id,
                Payload = JsonSerializer.Serialize(new PostEphemeralRequest { Channel = channel, User = user, Text = text }, SlackJson.Options),
            });
        }, cancellationToken);
    }
}
