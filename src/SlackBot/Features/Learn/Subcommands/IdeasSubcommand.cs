using System.Globalization;
using System.Text.Json.Nodes;
using SlackBot.Features.Ideas;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn ideas [#channel]</c>: the fix ideas parked for the incident, only to the person who asked.</summary>
public sealed class IdeasSubcommand(LearnIncidents chooser, IIdeaStore ideas) : ILearnSubcommand
{
    /// <summary>Two blocks each, with the header and the "more" line well inside Slack's 50.</summary>
    public const int MaxListed = 20;

    public static LearnSubcommandSpec Spec { get; } = new(
        "ideas", "[#channel]", "List the fix ideas parked for this channel's incident (only you see it).", "ideas",
        Takes: LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var choice = await chooser.ChooseAsync(invocation, cancellationToken);
        if (choice.Incident is not { } incident) return LearnReplies.NoIncident(invocation.CommandName, choice.ChannelId);

        var parked = await ideas.ForIncidentAsync(incident.Id, cancellationToken);
        if (parked.Count == 0)
            return CommandReply.Ephemeral($"No fix ideas parked for {LearnReplies.Name(incident)} yet. `{invocation.CommandName} idea <text>` keeps one.");

        var blocks = new JsonArray { BlockKit.Header(Mrkdwn.Truncate($"Fix ideas: {incident.DisplayName}", 150)) };
        foreach (var idea in parked.Take(MaxListed))
        {
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(idea.Text), 600))));
            blocks.Add(BlockKit.Context($"{Mrkdwn.Mention(idea.AuthorId)} · {idea.CreatedAt.UtcDateTime.ToString("MMM d, HH:mm 'UTC'", CultureInfo.InvariantCulture)}"));
        }

        if (parked.Count > MaxListed)
            blocks.Add(BlockKit.Context(string.Create(CultureInfo.InvariantCulture, $"…and {parked.Count - MaxListed} more: `{invocation.CommandName} export` has them all.")));
        return CommandReply.Ephemeral(string.Create(CultureInfo.InvariantCulture, $"{parked.Count} fix idea(s) for {Mrkdwn.Escape(incident.DisplayName)}"), blocks);
    }
}
