using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn;

/// <summary>
/// One <c>/learn</c> sub-command: what it is called and how to use it (<see cref="Spec"/>, read without making one),
/// and what it does. Registered with <see cref="LearnSubcommands.Add{T}"/>; the parser and <c>help</c> are generated
/// from the registrations, so a new sub-command is one file and one line.
/// </summary>
public interface ILearnSubcommand
{
    static abstract LearnSubcommandSpec Spec { get; }

    /// <summary>
    /// Runs with arguments that already fit <see cref="LearnSubcommandSpec.Takes"/>, for someone allowed to by
    /// <see cref="LearnSubcommandSpec.Access"/>. The reply is ephemeral unless the sub-command is a deliberate share.
    /// </summary>
    Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken);
}
