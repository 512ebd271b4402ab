using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn reopen</c>: the channel's latest resolved incident is active again from the moment the command was typed.
/// Questions already asked stay; those not sent yet wait until it is resolved again.
/// </summary>
public sealed class ReopenSubcommand(IncidentService incidents, QuestionSettings settings) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "reopen", "", "Make this channel's latest resolved incident active again; questions not sent yet wait for the next resolution.", "reopen",
        LearnAccess.Facilitators);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var result = await incidents.ReopenAsync(invocation.ChannelId, invocation.UserId, invocation.TypedAt, cancellationToken);
        var live = (await settings.ForChannelAsync(invocation.ChannelId, cancellationToken)).Timing == QuestionTimingMode.Live;
        return result switch
        {
            { Outcome: ReopenOutcome.Reopened, Incident: { } reopened } => Reopened(reopened, live),
            // A replayed command finds the incident it reopened itself: the same answer, nothing done twice.
            { Outcome: ReopenOutcome.AlreadyActive, Incident: { } active } when IsThisReopen(active, invocation) => Reopened(active, live),
            { Outcome: ReopenOutcome.AlreadyActive, Incident: { } active } => CommandReply.Ephemeral(
                $"{LearnReplies.Name(active)} is still active, so there is nothing to reopen. `{invocation.CommandName} resolve` ends it."),
            { Outcome: ReopenOutcome.Imported, Incident: { } imported } => CommandReply.Ephemeral(
                $"{LearnReplies.Name(imported)} was read from a Slack export and stays history. Start a new incident with `{invocation.CommandName} start [title]`."),
            _ => LearnReplies.NoIncident(invocation.CommandName, invocation.ChannelId),
        };
    }

    private static bool IsThisReopen(Incident active, LearnInvocation invocation) =>
        active.ReopenedBy == invocation.UserId && active.ReopenedAt?.ToUnixTimeMilliseconds() == invocation.TypedAt.ToUnixTimeMilliseconds();

    private static CommandReply Reopened(Incident incident, bool live) =>
        CommandReply.Ephemeral(
            $"Reopened {LearnReplies.Name(incident)}: it is active again. " +
            (live
                ? "This channel asks live, so questions keep coming during the response, paced as before."
                : "I'm listening quietly: questions already asked stay where they are, and the ones I haven't sent yet wait until it is resolved again.") +
            (incident.PastResolutions.Count > 1 ? $" (Reopened {incident.PastResolutions.Count} times so far.)" : ""));
}
