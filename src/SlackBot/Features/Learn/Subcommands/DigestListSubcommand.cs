using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest list</c>: weekly digests are not built yet; until they are, it says so and changes nothing.</summary>
public sealed class DigestListSubcommand : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest list", "", "List the channels that get the weekly digest.", "digest list");

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(DigestsComingSoon.Reply(invocation));
}
