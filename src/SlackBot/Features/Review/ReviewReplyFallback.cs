using System.Text.Json.Nodes;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Review;

/// <summary>
/// A review message Slack refused at the response_url (expired or used up after all, e.g. after a long outage) is sent
/// by DM instead: the person asked for it, so it must not be lost.
/// </summary>
public sealed class ReviewReplyFallback(IReviewJobStore jobs, IOutbox outbox) : IOutboxObserver
{
    public async Task OnCompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message is not { Status: OutboxStatus.Parked, Kind: OutboxKind.ResponseUrl, Correlation: { } correlation } ||
            !correlation.StartsWith(ReviewJob.CorrelationPrefix, StringComparison.Ordinal) ||
            await jobs.FindAsync(correlation[ReviewJob.CorrelationPrefix.Length..], cancellationToken) is not { } job)
        {
            return;
        }

        // A finished export is already in the person's DM; only its "it's in your DM" note went astray.
        if (job is { Kind: ReviewJobKind.Export, Status: ReviewJobStatus.Done }) return;

        var reply = JsonNode.Parse(message.Payload)?["message"] as JsonObject;
        var text = reply?["text"]?.GetValue<string>() ?? "Your review request is done.";
        outbox.Enqueue(ReviewReplies.DirectMessage(job.UserId, message.Id + ":dm", text, reply?["blocks"] as JsonArray));
    }
}
