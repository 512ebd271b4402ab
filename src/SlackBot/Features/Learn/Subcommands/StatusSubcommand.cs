using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn status [#channel]</c>: where the incident stands, only to the person who asked (composed by <see cref="IncidentStatusReport"/>).</summary>
public sealed class StatusSubcommand(
    LearnIncidents chooser,
    IIncidentMessageStore messages,
    IMomentStore moments,
    IQuestionStore questions,
    IFindingStore findings,
    DigestPulseTrend pulse,
    QuestionSettings settings,
    Facilitators facilitators,
    IOptions<QuestionTimingOptions> timing,
    TimeProvider time) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "status", "[#channel]", "Where this channel's incident stands: timing, moments, questions, findings, people, teams, digest pulse (only you see it).", "status",
        Takes: LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var choice = await chooser.ChooseAsync(invocation, cancellationToken);
        if (choice.Rest.Length > 0)
            return LearnHelp.Topic(invocation.CommandName, Spec, facilitators.AreConfigured,
                $"I didn't understand `{Mrkdwn.Escape(Mrkdwn.Truncate(choice.Rest, 200))}`: `status` takes at most an incident channel.");
        if (choice.Incident is not { } incident) return LearnReplies.NoIncident(invocation.CommandName, choice.ChannelId);

        var facts = new IncidentStatusFacts(
            incident,
            await messages.WritersAsync(incident.Id, cancellationToken),
            await moments.OutlinesForIncidentAsync(incident.Id, cancellationToken),
            await questions.ForIncidentAsync(incident.Id, cancellationToken),
            (await findings.ForIncidentAsync(incident.Id, cancellationToken)).Count,
            await settings.ForChannelAsync(incident.ChannelId, cancellationToken),
            timing.Value.CooldownAfterResolution,
            time.GetUtcNow(),
            await pulse.RecentAsync(cancellationToken));
        return IncidentStatusReport.Compose(facts, invocation.CommandName);
    }
}
