using SlackBot.Features.Review;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn prep [#channel]</c>: the calibration pack for the review meeting, as a message only the caller sees.</summary>
public sealed class PrepSubcommand(ReviewSubcommands review) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "prep", "[#channel]", "Prepare the review meeting: who took part, themes, open moments, where accounts differ, questions, whom to invite.",
        "prep", Takes: LearnArguments.Optional);

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken) =>
        review.RequestAsync(ReviewJobKind.Prep, Spec, invocation, cancellationToken);
}
