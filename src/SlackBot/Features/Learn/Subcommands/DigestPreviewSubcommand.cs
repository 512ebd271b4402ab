using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn digest preview [team]</c>: this channel's next digest as it stands now (the week it will cover, so far),
/// only to the person who asked. It shows what the channel's digest may show, nothing more.
/// </summary>
public sealed class DigestPreviewSubcommand(IDigestSubscriptionStore subscriptions, IDigestMaterialSource material, UserDirectory people, IOptions<DigestOptions> options) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest preview", "[team]", "Show this channel's digest for this week so far, only to you.", "digest preview payments",
        Takes: LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var team = DigestArguments.Read(invocation.Arguments).Team;
        var subscription = await subscriptions.FindAsync(DigestSubscription.IdFor(invocation.ChannelId, team), cancellationToken);
        DigestSchedule schedule;
        if (subscription is not null) schedule = subscription.Schedule;
        else
        {
            var person = await people.GetAsync(invocation.UserId, cancellationToken);
            schedule = new DigestSchedule(DigestSchedule.DefaultCron, person.Tz is { } tz && DigestSchedule.FindZone(tz) is { } zone ? zone : TimeZoneInfo.Utc);
        }

        var now = invocation.TypedAt;
        var covered = DigestPeriod.Before(schedule.NextAfter(now) ?? now, schedule.Zone);
        var period = covered.End > now ? covered with { End = now } : covered;
        var loaded = await material.LoadAsync(period, schedule.Zone, subscription?.Id, cancellationToken);
        var digest = DigestComposer.Compose(period, schedule.Zone, new DigestFilter(team, invocation.ChannelId, options.Value.Anonymize), loaded);
        var message = DigestBlocks.Render(digest);
        var note = subscription is null ? " (this channel has no such subscription yet; this is what it would get)" : "";
        return CommandReply.Ephemeral($"Preview{note}: {message.Text}", message.Blocks);
    }
}
