using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Moments;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn findings [#channel]</c>: what was learned in the incident, only to the person who asked.</summary>
public sealed class FindingsSubcommand(LearnIncidents chooser, IFindingStore findings, MemberVisibility visibility) : ILearnSubcommand
{
    private const int MaxListed = 15;

    public static LearnSubcommandSpec Spec { get; } = new(
        "findings", "[#channel]", "List what was learned in this channel's incident (only you see it).", "findings",
        Takes: LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var choice = await chooser.ChooseAsync(invocation, cancellationToken);
        if (choice.Incident is not { } incident) return LearnReplies.NoIncident(invocation.CommandName, choice.ChannelId);

        var found = new List<Finding>();
        foreach (var finding in await findings.ForIncidentAsync(incident.Id, cancellationToken))
        {
            if (await visibility.MaySeeAsync(finding, invocation.UserId, invocation.ChannelId, cancellationToken)) found.Add(finding);
        }

        if (found.Count == 0)
            return CommandReply.Ephemeral($"No findings yet for {LearnReplies.Name(incident)}. Answers to my questions, and messages marked with :bulb:, show up here.");

        var blocks = new JsonArray { BlockKit.Header($"What we learned: {incident.DisplayName}") };
        foreach (var finding in found.Take(MaxListed))
        {
            var link = finding.Permalink is { } permalink ? " · " + Mrkdwn.Link(permalink, "in Slack") : "";
            var category = finding.Category is { } known ? " · " + known.Label() : "";
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), 600))));
            blocks.Add(BlockKit.Context($"{Mrkdwn.Mention(finding.AuthorId)}{category}{link}"));
        }

        if (found.Count > MaxListed) blocks.Add(BlockKit.Context($"…and {found.Count - MaxListed} more: `{invocation.CommandName} export` has them all."));
        return CommandReply.Ephemeral($"{found.Count} finding(s) for {Mrkdwn.Escape(incident.DisplayName)}", blocks);
    }
}
