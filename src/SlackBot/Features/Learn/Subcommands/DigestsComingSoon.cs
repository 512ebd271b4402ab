using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>What the digest sub-commands answer until weekly digests exist.</summary>
public static class DigestsComingSoon
{
    public static CommandReply Reply(LearnInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return CommandReply.Ephemeral(
            "Weekly digests are not available yet: they come in the next release. Nothing was changed. " +
            $"Until then, `{invocation.CommandName} search <terms>` and `{invocation.CommandName} findings` show what was learned.");
    }
}
