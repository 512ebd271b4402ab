using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.IntegrationTests.SocketMode;

/// <summary>A stand-in for <c>/learn</c> that answers at once, so the answer can travel in the acknowledgement.</summary>
public sealed class LearnEchoCommand : ICommandListener
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken) =>
        Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"Noted in {command.ChannelId}: {command.Text}"));
}
