using Microsoft.Extensions.DependencyInjection;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn;

/// <summary>
/// <c>/learn</c>: parses the text against the registered sub-commands, checks who may run it, and hands over. Empty,
/// unknown or ill-fitting input gets the help (ephemeral) and changes nothing.
/// </summary>
public sealed class LearnCommand(LearnCatalog catalog, Facilitators facilitators, IServiceProvider services) : ICommandListener
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command.Command.Length > 0 ? command.Command : "/learn";
        var marked = facilitators.AreConfigured;
        switch (catalog.Parser.Parse(command.Text))
        {
            case LearnParse.NotUnderstood { Family.Count: > 0 } family:
                // "digest" alone asks which one; "digest frobnicate" was not understood.
                var bare = string.Equals(family.Unrecognised, family.Family[0].NameWords[0], StringComparison.OrdinalIgnoreCase);
                return LearnHelp.Family(name, family.Family, marked, bare ? null : family.Unrecognised);
            case LearnParse.NotUnderstood notUnderstood:
                return LearnHelp.Overview(name, catalog.Specs, marked, notUnderstood.Unrecognised);
            case LearnParse.WrongArguments wrong:
                return LearnHelp.WrongArguments(name, wrong.Spec, wrong.Missing, marked);
            case LearnParse.Run run:
                if (run.Spec.Access == LearnAccess.Facilitators && !await facilitators.IncludesAsync(command.UserId, cancellationToken))
                    return LearnReplies.FacilitatorsOnly(name, run.Spec, await facilitators.DescribeAsync(cancellationToken));
                var handler = (ILearnSubcommand)services.GetRequiredService(catalog.HandlerFor(run.Spec));
                return await handler.HandleAsync(new LearnInvocation(command, context, run.Arguments), cancellationToken);
            default:
                return LearnHelp.Overview(name, catalog.Specs, marked);
        }
    }
}
