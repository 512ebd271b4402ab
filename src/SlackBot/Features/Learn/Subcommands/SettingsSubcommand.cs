using SlackBot.Features.Questions;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn settings [timing …] [delivery …]</c>: this channel's question timing and delivery, and where each comes
/// from (the channel's own setting or the bot's default); with arguments, changes them for this channel.
/// </summary>
public sealed class SettingsSubcommand(IChannelSettingsStore store, QuestionSettings settings, Facilitators facilitators) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "settings", "[timing live|after-resolution|default] [delivery thread|dm|default] [follow-ups on|off|default]",
        "Show or change when and how this channel's questions go out, and whether answers get follow-ups.",
        "settings timing live delivery dm",
        LearnAccess.Facilitators, LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var change = ChannelSettingsChange.Parse(invocation.Arguments);
        if (change.NotUnderstood.Count > 0)
        {
            var words = string.Join(" ", change.NotUnderstood.Select(word => Mrkdwn.Escape(Mrkdwn.Truncate(word, 100))));
            return LearnHelp.Topic(invocation.CommandName, Spec, facilitators.AreConfigured, $"I didn't understand `{Mrkdwn.Truncate(words, 300)}`. Nothing changed.");
        }

        var changed = change.ChangesSomething;
        if (changed)
        {
            var current = await store.FindAsync(invocation.ChannelId, cancellationToken);
            await store.SaveAsync(change.ApplyTo(current, invocation.ChannelId, invocation.UserId, invocation.TypedAt), cancellationToken);
        }

        var effective = await settings.ForChannelAsync(invocation.ChannelId, cancellationToken);
        return Describe(invocation, effective, changed);
    }

    private static CommandReply Describe(LearnInvocation invocation, EffectiveQuestionSettings effective, bool changed)
    {
        var intro = changed
            ? $"Updated the question settings of {Mrkdwn.Channel(invocation.ChannelId)}:"
            : $"Question settings of {Mrkdwn.Channel(invocation.ChannelId)}:";
        var lines =
            $"• *Timing:* {Timing(effective.Timing)} ({Source(effective.TimingFromChannel, "Questions:Timing")})\n" +
            $"• *Delivery:* {Delivery(effective.Delivery)} ({Source(effective.DeliveryFromChannel, "Questions:Delivery")})\n" +
            $"• *Follow-ups:* {FollowUps(effective.FollowUps)} ({Source(effective.FollowUpsFromChannel, "Questions:FollowUps")})";
        var hint = $"Change them with `{invocation.CommandName} settings timing live|after-resolution|default delivery thread|dm|default follow-ups on|off|default`; `default` follows the bot's setting again.";
        var text = $"{intro}\n{lines}\n{hint}";
        return CommandReply.Ephemeral(text, BlockKit.List(BlockKit.Section($"{intro}\n{lines}"), BlockKit.Context(hint)));
    }

    private static string Timing(QuestionTimingMode timing) => timing == QuestionTimingMode.Live
        ? "*live*: questions go out during the response, paced per channel"
        : "*after resolution*: nothing is asked while the response is active; questions follow the cool-down";

    private static string Delivery(QuestionDelivery delivery) => delivery == QuestionDelivery.DirectMessage
        ? "*dm*: a direct message to the person, linking to what they wrote"
        : "*thread*: a reply in the thread of the person's message";

    private static string FollowUps(bool on) => on
        ? "*on*: an answer that opens a new mystery (a one-off script, a workaround, \"not sure why\") may get one optional follow-up in its thread"
        : "*off*: no follow-up questions";

    private static string Source(bool fromChannel, string option) => fromChannel ? "this channel's setting" : $"the bot's default, `{option}`";
}
