using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings;

/// <summary>
/// The submitted <em>Save as finding</em> modal: invalid input is answered next to its field and nothing is stored;
/// valid input becomes the finding of that message (one per message, so saving it again updates it), in its author's
/// name, tied to the incident the message was written in, and the person who saved it is told privately.
/// </summary>
public sealed class SaveAsFindingSubmission(
    FindingRecorder recorder,
    IncidentService incidents,
    IMomentStore moments,
    ChannelDirectory channels,
    ShortcutReplies replies) : IViewSubmissionListener
{
    public async Task<ViewSubmissionResult> HandleAsync(ViewSubmissionPayload payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (SavedMessage.Parse(payload.View.PrivateMetadata) is not { } message)
            return ViewSubmissionResult.Errors(new Dictionary<string, string> { [SaveAsFindingModal.TextBlock] = "This form no longer knows its message; close it and use the shortcut again." });

        var (input, errors) = SaveAsFindingForm.Read(
            payload.View.InputValue(SaveAsFindingModal.TextBlock, SaveAsFindingModal.TextInput),
            payload.View.SelectedValue(SaveAsFindingModal.ThemeBlock, SaveAsFindingModal.ThemeInput));
        if (input is null) return ViewSubmissionResult.Errors(errors!);

        var saver = payload.User.Id;
        var at = SlackTs.ToTime(message.Ts);
        // Attributed like a :bulb: reaction: to the incident whose span holds the message, not whatever is active now.
        var incident = await incidents.IncidentForReactedMessageAsync(message.ChannelId, at, cancellationToken);
        var moment = await moments.FindAsync(message.ChannelId, message.Ts, cancellationToken);
        // A conversation the bot cannot see (someone's DM, a private channel it is not in) is treated as private.
        var visible = await channels.GetAsync(message.ChannelId, cancellationToken);
        var finding = await recorder.RecordAsync(new FindingDraft(Finding.IdForMessage(message.ChannelId, message.Ts), input.Text, message.AuthorId, FindingSource.Shortcut)
        {
            IncidentId = incident?.Id,
            MomentId = moment?.Id,
            Category = input.Category ?? moment?.Category,
            ChannelId = message.ChannelId,
            MessageTs = message.Ts,
            At = at,
            SavedBy = saver == message.AuthorId ? null : saver,
            FromPrivateChannel = visible is null ? true : null,
        }, cancellationToken);

        // The author withdrew this message's finding once: their word stands, whoever saves it again.
        if (finding is null)
        {
            await replies.TellAsync($"finding-withdrawn:{Finding.IdForMessage(message.ChannelId, message.Ts)}:{payload.View.Id}", message.ChannelId, saver, message.ThreadTs,
                "This message's author withdrew it as a finding, so it was not saved again.", responseUrl: null, cancellationToken);
            return ViewSubmissionResult.Close;
        }

        await replies.TellAsync($"finding-saved:{finding.Id}:{payload.View.Id}", message.ChannelId, saver, message.ThreadTs,
            Confirmation(finding, saver), responseUrl: null, cancellationToken);
        return ViewSubmissionResult.Close;
    }

    /// <summary>What the saver is told: whose words, for which incident, the theme and a link back.</summary>
    public static string Confirmation(Finding finding, string saver)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var whose = finding.AuthorId == saver ? "your words" : $"{Mrkdwn.Mention(finding.AuthorId)}'s words";
        var where = finding.IncidentName is { } name ? $" for *{Mrkdwn.Escape(name)}*" : "";
        var link = finding.Permalink is { } permalink ? $" ({Mrkdwn.Link(permalink, "the message")})" : "";
        var theme = finding.Category is { } category ? $", theme _{category.Label()}_" : "";
        return $"Saved {whose} as a finding{where}{theme}{link}.";
    }
}
