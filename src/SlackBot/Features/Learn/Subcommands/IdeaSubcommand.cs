using SlackBot.Features.Ideas;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn idea &lt;text&gt;</c>: a fix idea for the incident, parked apart from the findings so that the review can
/// stay on learning; the export lists them in a section of their own.
/// </summary>
public sealed class IdeaSubcommand(LearnAttribution attribution, IIdeaStore ideas) : ILearnSubcommand
{
    private const int QuotedLength = 600;

    public static LearnSubcommandSpec Spec { get; } = new(
        "idea", "<text>", "Park a fix idea for this channel's incident, kept apart from the findings so the review stays on learning.",
        "idea Alert on replica lag before the connection pool saturates",
        LearnAccess.Anyone, LearnArguments.Required);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (await attribution.IncidentTypedInAsync(invocation, cancellationToken) is not { } incident)
            return CommandReply.Ephemeral(
                $"Fix ideas are kept with an incident, and {Mrkdwn.Channel(invocation.ChannelId)} has none to keep it with. " +
                $"Run `{invocation.CommandName} idea …` in the incident's channel; `{invocation.CommandName} note …` keeps a near miss anywhere.");

        // The id comes from the envelope, and a replay keeps the first copy (its time is when it was first typed).
        var id = Idea.IdFor(invocation.Context.EnvelopeId);
        var idea = await ideas.FindAsync(id, cancellationToken) ?? new Idea
        {
            Id = id,
            IncidentId = incident.Id,
            Text = invocation.Arguments.Trim(),
            AuthorId = invocation.UserId,
            ChannelId = invocation.ChannelId,
            CreatedAt = invocation.TypedAt,
        };
        await ideas.SaveAsync(idea, cancellationToken);

        return CommandReply.Ephemeral(
            $"Parked your fix idea for {LearnReplies.Name(incident)}, apart from the findings:\n" +
            Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(idea.Text), QuotedLength)) +
            $"\n`{invocation.CommandName} ideas` lists them; the export has them in a section of their own.");
    }
}
