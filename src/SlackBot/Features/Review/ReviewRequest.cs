using SlackBot.Features.Incidents;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Review;

/// <summary>Someone asked for an export or a review pack of an incident.</summary>
/// <param name="RequestId">Unique per command (its envelope id), so a replayed command does not make a second job.</param>
/// <param name="RequestedAt">When Slack delivered the command: the start of its response_url's lifetime.</param>
/// <param name="IncludeRestrictedFindings">False when the person may not see restricted findings (from a private channel, or narrowed to the incident channel by their author: <see cref="Findings.Search.FindingSearchRules.RestrictedTo"/>).</param>
public sealed record ReviewRequest(
    string RequestId,
    Incident Incident,
    string UserId,
    string ChannelId,
    string? ResponseUrl,
    DateTimeOffset RequestedAt,
    bool IncludeRestrictedFindings = true)
{
    public static ReviewRequest For(SlashCommand command, DeliveryContext context, Incident incident, bool includeRestrictedFindings = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return new(context.EnvelopeId, incident, command.UserId, command.ChannelId, command.ResponseUrl, context.ReceivedAt, includeRestrictedFindings);
    }
}
