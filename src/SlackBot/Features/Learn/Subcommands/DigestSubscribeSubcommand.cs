using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest subscribe</c>: weekly digests are not built yet; until they are, it says so and changes nothing.</summary>
public sealed class DigestSubscribeSubcommand : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest subscribe", "[#channel]", "Send a weekly digest of what was learned to this (or the named) channel.", "digest subscribe #team-payments", LearnAccess.Facilitators, LearnArguments.Optional);

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(DigestsComingSoon.Reply(invocation));
}
