using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn help [sub-command]</c>: everything, one family, or one sub-command with its example.</summary>
public sealed class HelpSubcommand(LearnCatalog catalog, Facilitators facilitators) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "help", "[sub-command]", "Show what /learn can do, or how to use one sub-command.", "help note",
        Takes: LearnArguments.Optional);

    public Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var marked = facilitators.AreConfigured;
        if (invocation.Arguments.Length == 0) return Task.FromResult(LearnHelp.Overview(invocation.CommandName, catalog.Specs, marked));
        if (catalog.Parser.Find(invocation.Arguments) is { } topic) return Task.FromResult(LearnHelp.Topic(invocation.CommandName, topic, marked));
        return Task.FromResult(catalog.Parser.Parse(invocation.Arguments) is LearnParse.NotUnderstood { Family.Count: > 0 } family
            ? LearnHelp.Family(invocation.CommandName, family.Family, marked, unrecognised: null)
            : LearnHelp.Overview(invocation.CommandName, catalog.Specs, marked, invocation.Arguments));
    }
}
