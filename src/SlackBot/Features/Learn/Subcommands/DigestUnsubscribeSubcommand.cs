using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest unsubscribe</c>: weekly digests are not built yet; until they are, it says so and changes nothing.</summary>
public sealed class DigestUnsubscribeSubcommand : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest unsubscribe", "[#channel]", "Stop the weekly digest in this (or the named) channel.", "digest unsubscribe", LearnAccess.Facilitators, LearnArguments.Optional);

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(DigestsComingSoon.Reply(invocation));
}
