using System.Globalization;
using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn digest subscribe [team] [schedule]</c>: this channel gets the weekly digest (of one team's incidents, or
/// all), on a schedule in a time zone (default Mondays 09:00 in the subscriber's Slack time zone). Subscribing again
/// changes the schedule; a replayed command saves the same subscription again and nothing more.
/// </summary>
public sealed class DigestSubscribeSubcommand(IDigestSubscriptionStore subscriptions, UserDirectory people, ChannelDirectory channels, IOptions<DigestOptions> options) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest subscribe", "[team] [schedule]", "Send this channel a weekly digest of what was learned (one team's incidents, or all); default Mondays 09:00.",
        "digest subscribe payments mon 09:00 Europe/Berlin", LearnAccess.Facilitators, LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var arguments = DigestArguments.Read(invocation.Arguments);
        var person = await people.GetAsync(invocation.UserId, cancellationToken);
        var defaultZone = person.Tz is { } tz && DigestSchedule.FindZone(tz) is { } zone ? zone : TimeZoneInfo.Utc;
        if (DigestSchedule.TryParse(arguments.Schedule, defaultZone, out var error) is not { } schedule)
            return CommandReply.Ephemeral($"{error} Nothing was changed. Example: `{invocation.CommandName} {Spec.Example}`.");

        var id = DigestSubscription.IdFor(invocation.ChannelId, arguments.Team);
        var existing = await subscriptions.FindAsync(id, cancellationToken);
        // A new schedule starts when it was typed: periods before it are not this subscription's to send.
        var subscription = new DigestSubscription
        {
            Id = id,
            ChannelId = invocation.ChannelId,
            Team = arguments.Team,
            Cron = schedule.Cron,
            TimeZone = schedule.Zone.Id,
            CreatedBy = invocation.UserId,
            CreatedAt = invocation.TypedAt,
        };
        await subscriptions.SaveAsync(subscription, cancellationToken);

        var next = schedule.NextAfter(invocation.TypedAt);
        var when = next is { } at ? string.Create(CultureInfo.InvariantCulture, $" The next one arrives {TimeZoneInfo.ConvertTime(at, schedule.Zone):ddd d MMM HH:mm}.") : "";
        var scope = arguments.Team is { } team ? $"of what *{Mrkdwn.Escape(team)}* learned" : "of what was learned";
        var channel = await channels.GetAsync(invocation.ChannelId, cancellationToken);
        var invite = channel?.IsMember == false ? " I'm not in this channel yet: invite me with `/invite @learnbot` so I can post it." : "";
        return CommandReply.Ephemeral(
            $"{(existing is null ? "Subscribed" : "Updated")}: {Mrkdwn.Channel(invocation.ChannelId)} gets a weekly digest {scope}, " +
            $"{Mrkdwn.Escape(schedule.Describe())}, covering the week before.{when}{invite} " +
            $"`{invocation.CommandName} digest preview{(arguments.Team is { } named ? " " + Mrkdwn.Escape(named) : "")}` shows it so far" +
            (options.Value.Anonymize ? "; names are left out (Digest:Anonymize)." : "."));
    }
}
