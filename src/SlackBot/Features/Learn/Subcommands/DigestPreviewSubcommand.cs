using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn digest preview</c>: weekly digests are not built yet; until they are, it says so and changes nothing.</summary>
public sealed class DigestPreviewSubcommand : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "digest preview", "", "Show this week's digest for this channel, only to you.", "digest preview");

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(DigestsComingSoon.Reply(invocation));
}
