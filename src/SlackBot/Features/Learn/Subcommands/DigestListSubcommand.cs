using System.Globalization;
using SlackBot.Features.Digests;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest list</c>: the digests this channel gets, with their schedules and the next one due.</summary>
public sealed class DigestListSubcommand(IDigestSubscriptionStore subscriptions, TimeProvider time) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest list", "", "List the weekly digests this channel gets, with their schedules.", "digest list");

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var found = await subscriptions.InChannelAsync(invocation.ChannelId, cancellationToken);
        if (found.Count == 0)
            return CommandReply.Ephemeral($"{Mrkdwn.Channel(invocation.ChannelId)} gets no weekly digest. `{invocation.CommandName} digest subscribe [team] [schedule]` starts one.");

        var now = time.GetUtcNow();
        var lines = found.Select(subscription =>
        {
            var schedule = subscription.Schedule;
            var next = schedule.NextAfter(now) is { } at ? string.Create(CultureInfo.InvariantCulture, $", next {TimeZoneInfo.ConvertTime(at, schedule.Zone):ddd d MMM HH:mm}") : "";
            return $"• {(subscription.Team is { } team ? "team *" + Mrkdwn.Escape(team) + "*" : "all incidents")}: {Mrkdwn.Escape(schedule.Describe())}{next}";
        });
        return CommandReply.Ephemeral($"Weekly digests in {Mrkdwn.Channel(invocation.ChannelId)}:\n{string.Join('\n', lines)}");
    }
}
