using SlackBot.Features.Review;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn export [#channel]</c>: the incident as a Markdown file, uploaded into the caller's DM with the bot.</summary>
public sealed class ExportSubcommand(ReviewSubcommands review) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "export", "[#channel]", "Send you the incident as a Markdown file in our DM: moments, questions and answers, findings, ideas, the review pack.",
        "export #inc-2026-11-checkout-latency", Takes: LearnArguments.Optional);

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        review.RequestAsync(ReviewJobKind.Export, Spec, invocation, cancellationToken);
}
