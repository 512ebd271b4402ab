using SlackBot.Features.Incidents;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>Answers several sub-commands give in the same words.</summary>
public static class LearnReplies
{
    public static CommandReply FacilitatorsOnly(string command, LearnSubcommandSpec spec, string facilitators)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CommandReply.Ephemeral(
            $"Only facilitators can use `{command} {spec.Name}` here: {facilitators}. " +
            $"Ask one of them, or see `{command} help` for what everyone can do.");
    }

    public static CommandReply NoIncident(string command, string channelId) =>
        CommandReply.Ephemeral($"{Mrkdwn.Channel(channelId)} has no incident yet. Start one with `{command} start [title]`, " +
                               $"or name an incident channel: `{command} <sub-command> #inc-…`.");

    /// <summary>The acknowledgement when the bot is behind on what this workspace sent: the answer follows on its own.</summary>
    public const string CatchingUp = ":hourglass_flowing_sand: Catching up on the latest messages first, so the answer includes them. It will appear here in a moment.";

    /// <summary>The incident's name as a reader sees it: escaped, so a title can never ping or link.</summary>
    public static string Name(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return $"*{Mrkdwn.Escape(incident.DisplayName)}*";
    }
}
