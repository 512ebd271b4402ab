using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Review;

/// <summary>How a review job's message reached the person.</summary>
public enum ReplyRoute
{
    /// <summary>Through the command's response_url, replacing the "Preparing…" answer where it was typed.</summary>
    ResponseUrl,
    /// <summary>As a message in the person's DM with the bot.</summary>
    DirectMessage,
}

/// <summary>
/// Sends what a review job produced through the outbox: to the command's response_url while Slack still honours it
/// (see <see cref="ResponseUrlLimits"/>), otherwise by DM. Call inside the transaction that finishes the job, so the
/// job and its message commit together.
/// </summary>
public sealed class ReviewReplies(ResponseUrlLedger ledger, IOutbox outbox, TimeProvider time)
{
    /// <param name="purpose">Names the message within the job (e.g. <c>result</c>, <c>failure</c>) for its outbox id.</param>
    /// <param name="directMessageToo">When false and the response_url cannot be used, nothing is sent (the DM already says it).</param>
    public ReplyRoute? Send(ReviewJob job, PackMessage message, string purpose, bool directMessageToo = true)
    {
        if (job.ResponseUrl is { Length: > 0 } url && ledger.TryUse(url, job.RequestedAt, time.GetUtcNow()))
        {
            var reply = new JsonObject
            {
                ["response_type"] = "ephemeral",
                ["replace_original"] = true,
                ["text"] = message.Text,
                ["blocks"] = message.Blocks.DeepClone(),
            };
            outbox.Enqueue(new OutboxMessage
            {
                Id = $"{job.Id}:{purpose}",
                Kind = OutboxKind.ResponseUrl,
                Correlation = ReviewJob.CorrelationPrefix + job.Id,
                Payload = new JsonObject { ["url"] = url, ["message"] = reply }.ToJsonString(),
            });
            return ReplyRoute.ResponseUrl;
        }

        if (!directMessageToo) return null;
        outbox.Enqueue(DirectMessage(job.UserId, $"{job.Id}:{purpose}:dm", message.Text, message.Blocks));
        return ReplyRoute.DirectMessage;
    }

    /// <summary>A post to the person's DM with the bot (chat.postMessage takes the user id as the channel).</summary>
    public static OutboxMessage DirectMessage(string userId, string id, string text, JsonArray? blocks) => new()
    {
        Id = id,
        Kind = OutboxKind.PostMessage,
        Channel = userId,
        Payload = JsonSerializer.Serialize(new PostMessageRequest { Channel = userId, Text = text, Blocks = blocks?.DeepClone().AsArray() }, SlackJson.Options),
    };
}
