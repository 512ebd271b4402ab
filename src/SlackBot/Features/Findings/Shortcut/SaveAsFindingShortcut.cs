using Microsoft.Extensions.Logging;
using SlackBot.Features.Moments;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings;

/// <summary>
/// <em>Save as finding</em> on a message: opens a modal with the message's words to keep as a finding in its author's
/// name. The payload carries the message, so this works where the bot cannot read (a DM, a channel it is not in).
/// The bot's own posts, other apps' posts and empty messages hold nothing to save, and the person is told so.
/// </summary>
public sealed partial class SaveAsFindingShortcut(
    ISlackApi slack,
    IMomentStore moments,
    ShortcutReplies replies,
    BotIdentityAccessor identity,
    ILogger<SaveAsFindingShortcut> logger) : IMessageShortcutListener
{
    public const string NothingToSave = "There is nothing to save as a finding in that message: pick a message someone wrote.";

    public async Task HandleAsync(MessageShortcutPayload payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (payload.Channel?.Id is not { Length: > 0 } channel || payload.Message is not { } message) return;
        var ts = message.Ts ?? payload.MessageTs;
        var user = payload.User.Id;
        var noteId = $"shortcut:{payload.TriggerId ?? context.EnvelopeId}";
        var words = SlackText.ToPlain(message.Text ?? "").Trim();

        if (ts is null || !SlackTs.TryParse(ts, out _) || message.User is not { Length: > 0 } author || IsFromAnApp(message) || words.Length == 0)
        {
            await replies.TellAsync(noteId, channel, user, message.ThreadTs, NothingToSave, payload.ResponseUrl, cancellationToken);
            return;
        }

        var saved = new SavedMessage(channel, ts, author, message.ThreadTs);
        var moment = await moments.FindAsync(channel, ts, cancellationToken);
        if (payload.TriggerId is not { Length: > 0 } trigger)
        {
            await replies.TellAsync(noteId, channel, user, message.ThreadTs, Unavailable(expired: true), payload.ResponseUrl, cancellationToken);
            return;
        }

        string error;
        try
        {
            await slack.OpenViewAsync(trigger, SaveAsFindingModal.Build(saved, words, moment?.Category), cancellationToken);
            return;
        }
        catch (SlackApiException exception)
        {
            error = exception.Error;
        }
        catch (SlackTransportException)
        {
            error = "transport";
        }

        // A trigger lives 3 seconds: a shortcut that reached the bot late cannot open the modal. Say so, privately.
        LogModalNotOpened(channel, ts, error);
        await replies.TellAsync(noteId, channel, user, message.ThreadTs,
            Unavailable(expired: error is "expired_trigger_id" or "exchanged_trigger_id" or "invalid_trigger_id"), payload.ResponseUrl, cancellationToken);
    }

    private bool IsFromAnApp(InteractionMessage message) =>
        message.BotId is { Length: > 0 } || (identity.Current is { } bot && message.User == bot.UserId);

    public static string Unavailable(bool expired) =>
        (expired
            ? "Sorry, that *Save as finding* reached me too late for Slack to open the form."
            : "Sorry, I could not open the *Save as finding* form just now.") +
        " Choose *Save as finding* on the message once more, or react to it with :bulb:.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the Save as finding modal for {Channel} {Ts} ({Error}); told the person")]
    private partial void LogModalNotOpened(string channel, string ts, string error);
}
