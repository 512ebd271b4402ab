using System.Text;
using SlackBot.Features.Findings;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn note &lt;text&gt;</c>: a finding in the caller's own words, for the incident the channel was in when it
/// was typed, or for no incident at all (a near miss). Kept as written; wording the language check would refuse in a
/// question is flagged, never changed.
/// </summary>
public sealed class NoteSubcommand(LearnAttribution attribution, FindingRecorder recorder) : ILearnSubcommand
{
    private const int QuotedLength = 600;

    public static LearnSubcommandSpec Spec { get; } = new(
        "note", "<text>", "Keep a finding in your own words: for this channel's incident, or a near miss anywhere.",
        "note The replica lag graph looked flat because its exporter had stopped, so we read lag from the primary instead",
        LearnAccess.Anyone, LearnArguments.Required);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var incident = await attribution.IncidentTypedInAsync(invocation, cancellationToken);
        // The id comes from the envelope: a replayed command records the same finding again, not a second one.
        var finding = await recorder.RecordAsync(new FindingDraft(Finding.IdForNote(invocation.Context.EnvelopeId), invocation.Arguments, invocation.UserId, FindingSource.Note)
        {
            IncidentId = incident?.Id,
            ChannelId = invocation.ChannelId,
            At = invocation.TypedAt,
        }, cancellationToken);
        // Only a replay of a note its author has since withdrawn: the withdrawal stands.
        if (finding is null) return CommandReply.Ephemeral("You withdrew this note, so it was not kept again.");

        var reply = new StringBuilder();
        reply.Append(incident is null
            ? $"Kept your note as a finding (not tied to an incident, so a near miss counts too), from {Mrkdwn.Channel(invocation.ChannelId)}:\n"
            : $"Kept your note as a finding for {LearnReplies.Name(incident)}:\n");
        reply.Append(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), QuotedLength)));
        if (finding.BlameFlags.Count > 0)
            reply.Append("\n_Kept as you wrote it. Some words read as hindsight or blame (" + string.Join(", ", finding.BlameFlags) + "), so digests will handle it with care._");
        return CommandReply.Ephemeral(reply.ToString());
    }
}
