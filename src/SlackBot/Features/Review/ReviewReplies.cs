using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>How a review job's message reached the person.</summary>
public enum ReplyRoute
{
    /// <summary>Through the command's response_url, replacing the "Preparing…" answer where it was typed.</summary>
    ResponseUrl,
    /// <summary>As a message in the person's DM with the bot.</summary>
    DirectMessage,
}

/// <summary>What a review job sends: its route, the outbox row, and the response_url use to count with it.</summary>
public sealed record ReviewReply(ReplyRoute? Route, OutboxMessage? Message, ResponseUrlUse? Use)
{
    /// <summary>Records the row and the use in the unit of work that finishes the job, so all three commit together.</summary>
    public void RecordIn(IStorageTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (Use is not null) transaction.Save(Use);
        if (Message is not null) transaction.Enqueue(Message);
    }
}

/// <summary>
/// Decides how what a review job produced is sent through the outbox: to the command's response_url while Slack still
/// honours it (see <see cref="ResponseUrlLimits"/>), otherwise by DM. The caller records the <see cref="ReviewReply"/>
/// in the unit of work that finishes the job, so the job and its message commit together.
/// </summary>
public sealed class ReviewReplies(ResponseUrlLedger ledger, TimeProvider time)
{
    /// <param name="purpose">Names the message within the job (e.g. <c>result</c>, <c>failure</c>) for its outbox id.</param>
    /// <param name="directMessageToo">When false and the response_url cannot be used, nothing is sent (the DM already says it).</param>
    public async Task<ReviewReply> PrepareAsync(ReviewJob job, PackMessage message, string purpose, CancellationToken cancellationToken, bool directMessageToo = true)
    {
        if (job.ResponseUrl is { Length: > 0 } url && await ledger.TryUseAsync(url, job.RequestedAt, time.GetUtcNow(), cancellationToken) is { } use)
        {
            var reply = new JsonObject
            {
                ["response_type"] = "ephemeral",
                ["replace_original"] = true,
                ["text"] = message.Text,
                ["blocks"] = message.Blocks.DeepClone(),
            };
            return new ReviewReply(ReplyRoute.ResponseUrl, new OutboxMessage
            {
                Id = $"{job.Id}:{purpose}",
                Kind = OutboxKind.ResponseUrl,
                Correlation = ReviewJob.CorrelationPrefix + job.Id,
                Payload = new JsonObject { ["url"] = url, ["message"] = reply }.ToJsonString(),
            }, use);
        }

        if (!directMessageToo) return new ReviewReply(null, null, null);
        return new ReviewReply(ReplyRoute.DirectMessage, DirectMessage(job.UserId, $"{job.Id}:{purpose}:dm", message.Text, message.Blocks), null);
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
