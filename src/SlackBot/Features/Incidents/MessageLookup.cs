using SlackBot.Slack.Api;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Finds a person's message by channel and ts: from the incident message log when the bot saw it live, else from
/// Slack (a message from before the bot joined). Apps' posts are not returned: only people's words become
/// moments or findings.
/// </summary>
public sealed class MessageLookup(IIncidentMessageStore log, ISlackApi slack)
{
    public sealed record PersonMessage(string UserId, string Text, string? ThreadTs);

    public async Task<PersonMessage?> FindAsync(string channel, string ts, CancellationToken cancellationToken)
    {
        // A message whose text retention dropped is asked of Slack again, which still has it.
        if (await log.FindAsync(channel, ts, cancellationToken) is { TextDroppedAt: null } logged) return new PersonMessage(logged.UserId, logged.Text, logged.ThreadTs);
        try
        {
            // Slack always returns a thread's first message first: ask for just this ts (and room for that parent)
            // so that a reply is found too.
            var page = await slack.GetConversationRepliesAsync(
                new RepliesRequest { Channel = channel, Ts = ts, Oldest = ts, Latest = ts, Inclusive = true, Limit = 2 }, cancellationToken);
            return page.Messages.FirstOrDefault(candidate => candidate.Ts == ts) is { BotId: null, User: { } user } message
                ? new PersonMessage(user, message.Text ?? "", message.ThreadTs)
                : null;
        }
        catch (SlackApiException)
        {
            return null;
        }
    }
}
