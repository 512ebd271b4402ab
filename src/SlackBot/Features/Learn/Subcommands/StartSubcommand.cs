using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn start [title]</c>: this channel is an incident from the moment the command was typed.</summary>
public sealed class StartSubcommand(IncidentService incidents, ChannelDirectory channels, ISlackApi slack) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "start", "[title]", "Treat this channel as an incident from now on; I listen quietly and ask afterwards.", "start Checkout latency after the deploy",
        LearnAccess.Facilitators, LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var title = invocation.Arguments.Length == 0 ? null : invocation.Arguments;
        var command = invocation.Command;
        // Takes effect when typed: messages written after the command belong to the incident.
        var incident = await incidents.StartAsync(command.ChannelId, command.ChannelName, command.UserId, title, invocation.TypedAt, cancellationToken);
        var membership = await EnsureMemberAsync(command.ChannelId, cancellationToken);
        return CommandReply.Ephemeral(
            $"Tracking {Mrkdwn.Channel(command.ChannelId)} as an incident{(incident.Title is { } named ? $": *{Mrkdwn.Escape(named)}*" : "")}. " +
            "I'll note learning moments quietly while you work, and ask a few people a question or two after it is resolved." + membership);
    }

    /// <summary>The bot only hears channels it is in: join public ones, ask to be invited to private ones.</summary>
    private async Task<string> EnsureMemberAsync(string channelId, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel?.IsMember == true) return "";
        if (channel is { IsPrivate: false })
        {
            try
            {
                await slack.JoinConversationAsync(channelId, cancellationToken);
                await channels.UpdateAsync(channelId, known => known with { IsMember = true }, cancellationToken);
                return " I've joined the channel so I can follow along.";
            }
            catch (SlackApiException)
            {
                // Fall through to the invitation hint.
            }
        }

        return " I'm not in this channel yet: invite me with `/invite @learnbot` so I can follow along.";
    }
}
