using SlackBot.Features.Digests;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest unsubscribe [team]</c>: this channel stops getting that digest.</summary>
public sealed class DigestUnsubscribeSubcommand(IDigestSubscriptionStore subscriptions) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest unsubscribe", "[team]", "Stop this channel's weekly digest (of one team, or the one for all incidents).", "digest unsubscribe payments",
        LearnAccess.Facilitators, LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var team = DigestArguments.Read(invocation.Arguments).Team;
        var scope = team is null ? "the digest of all incidents" : $"the *{Mrkdwn.Escape(team)}* digest";
        if (await subscriptions.DeleteAsync(DigestSubscription.IdFor(invocation.ChannelId, team), cancellationToken))
            return CommandReply.Ephemeral($"Unsubscribed: {Mrkdwn.Channel(invocation.ChannelId)} no longer gets {scope}.");

        var left = await subscriptions.InChannelAsync(invocation.ChannelId, cancellationToken);
        return CommandReply.Ephemeral($"{Mrkdwn.Channel(invocation.ChannelId)} doesn't get {scope}, so nothing was changed." +
                                      (left.Count > 0 ? $" `{invocation.CommandName} digest list` shows the ones it gets." : ""));
    }
}
