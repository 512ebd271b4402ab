using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn;

/// <summary>One run of a sub-command: the slash command as Slack sent it, its delivery, and the words after the name.</summary>
public sealed record LearnInvocation(SlashCommand Command, DeliveryContext Context, string Arguments)
{
    public string UserId => Command.UserId;

    public string ChannelId => Command.ChannelId;

    /// <summary>The command as the person typed it (<c>/learn</c>, or whatever the app's manifest calls it).</summary>
    public string CommandName => Command.Command.Length > 0 ? Command.Command : "/learn";

    /// <summary>When the person typed it (acknowledged), not when the inbox got to it.</summary>
    public DateTimeOffset TypedAt => Context.ReceivedAt;
}
