using SlackBot.Features.Review;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn;

/// <summary>
/// What <c>export</c> and <c>prep</c> share: which incident, whether the caller may read its restricted findings, and
/// the job that makes the document off the command lane (<see cref="ReviewRequests"/>; its id comes from the command's
/// envelope, so a replayed command finds its job instead of making a second one).
/// </summary>
public sealed class ReviewSubcommands(LearnIncidents chooser, RestrictedFindings restricted, ReviewRequests requests)
{
    public async Task<CommandReply> RequestAsync(ReviewJobKind kind, LearnSubcommandSpec spec, LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(invocation);
        var choice = await chooser.ChooseAsync(invocation, cancellationToken);
        if (choice.Rest.Length > 0)
            return LearnHelp.Topic(invocation.CommandName, spec, markFacilitatorOnly: false,
                $"`{invocation.CommandName} {spec.Name}` takes only an incident channel, e.g. `{invocation.CommandName} {spec.Name} #inc-…`.");
        if (choice.Incident is not { } incident) return LearnReplies.NoIncident(invocation.CommandName, choice.ChannelId);

        var hidden = await restricted.HiddenFromAsync(incident, invocation.UserId, invocation.ChannelId, cancellationToken);
        var request = ReviewRequest.For(invocation.Command, invocation.Context, incident, includeRestrictedFindings: hidden == 0);
        var reply = await requests.RequestAsync(kind, request, cancellationToken);
        return hidden == 0 ? reply : reply with { Text = reply.Text + " Findings from a private channel you are not in are left out." };
    }
}
