using SlackBot.Features.Incidents;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn team &lt;name…&gt;</c>: tags this channel's incident with the teams it concerns (the weekly digests use
/// them). Names add, <c>-name</c> removes one, <c>none</c> clears them; a word that cannot be a name changes nothing.
/// </summary>
public sealed class TeamSubcommand(IncidentService incidents, Facilitators facilitators) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "team", "<name…> | -<name> | none", "Tag this channel's incident with teams (space or comma separated); -name removes one, none clears them.",
        "team payments, checkout -search",
        LearnAccess.Facilitators, LearnArguments.Required);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var change = TeamTagChange.Parse(invocation.Arguments);
        if (change.NotUnderstood.Count > 0)
        {
            var words = string.Join(", ", change.NotUnderstood.Select(word => $"`{Mrkdwn.Escape(Mrkdwn.Truncate(word, 100))}`"));
            return LearnHelp.Topic(invocation.CommandName, Spec, facilitators.AreConfigured,
                $"I couldn't read {words} as a team name (letters, digits, `-`, `_` and `.`; `none` goes on its own). Nothing changed.");
        }

        if (await incidents.CurrentInAsync(invocation.ChannelId, cancellationToken) is not { } incident)
            return LearnReplies.NoIncident(invocation.CommandName, invocation.ChannelId);

        var teams = change.ApplyTo(incident.Teams);
        var tagged = await incidents.TagTeamsAsync(incident.Id, teams, cancellationToken) ?? incident;
        return CommandReply.Ephemeral(tagged.Teams.Count == 0
            ? $"{LearnReplies.Name(tagged)} has no team tags now. Add some with `{invocation.CommandName} team payments`."
            : $"{LearnReplies.Name(tagged)} is tagged {Describe(tagged.Teams)}. Weekly team digests pick incidents by these tags.");
    }

    /// <summary>The tags as shown: code spans, so a tag reads as typed and can never be markup.</summary>
    public static string Describe(IReadOnlyList<string> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        return string.Join(", ", teams.Select(team => $"`{Mrkdwn.Escape(team)}`"));
    }
}
