using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Findings;

/// <summary>
/// Private notes to the person who used the shortcut, through the outbox. In a conversation the bot is in: an
/// ephemeral message there. Elsewhere (someone else's DM, a channel the bot is not in) chat.postEphemeral cannot
/// reach it, so the shortcut's response_url answers in place, or, once the modal is gone, the bot's DM.
/// </summary>
public sealed class ShortcutReplies(ChannelDirectory channels, IOutbox outbox)
{
    /// <param name="id">The outbox row id: the same note for the same interaction is sent once.</param>
    public async Task TellAsync(string id, string channelId, string userId, string? threadTs, string text, string? responseUrl, CancellationToken cancellationToken)
    {
        if (await CanPostInAsync(channelId, cancellationToken))
        {
            outbox.Enqueue(new OutboxMessage
            {
                Id = id,
                Kind = OutboxKind.PostEphemeral,
                Channel = channelId,
                Payload = JsonSerializer.Serialize(new PostEphemeralRequest { Channel = channelId, User = userId, Text = text, ThreadTs = threadTs }, SlackJson.Options),
            });
        }
        else if (responseUrl is { Length: > 0 })
        {
            var message = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = text };
            outbox.Enqueue(new OutboxMessage
            {
                Id = id,
                Kind = OutboxKind.ResponseUrl,
                Payload = new JsonObject { ["url"] = responseUrl, ["message"] = message }.ToJsonString(),
            });
        }
        else
        {
            // chat.postMessage takes the user id as the channel: the note lands in the bot's DM with them.
            outbox.Enqueue(new OutboxMessage
            {
                Id = id,
                Kind = OutboxKind.PostMessage,
                Channel = userId,
                Payload = JsonSerializer.Serialize(new PostMessageRequest { Channel = userId, Text = text }, SlackJson.Options),
            });
        }
    }

    /// <summary>The bot is in the conversation: Slack knows it to the bot, it is not archived, and the bot is a member
    /// (Slack leaves <c>is_member</c> out for the bot's own DMs).</summary>
    public async Task<bool> CanPostInAsync(string channelId, CancellationToken cancellationToken) =>
        await channels.GetAsync(channelId, cancellationToken) is { IsArchived: false, IsMember: not false };
}
