using SlackBot.Features.Findings.Search;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn search &lt;terms&gt;</c>: every incident's findings and notes, best first, only to the person who asked.
/// Findings from a private channel are shown only to its members (Slack's <c>conversations.members</c>, asked only
/// about channels that hold a match). A slow search simply misses the acknowledgement: the dispatcher then posts the
/// answer to the command's response_url.
/// </summary>
public sealed class SearchSubcommand(IFindingSearch search, MemberVisibility visibility) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "search", "<terms>", "Search the findings and notes of every incident, best first; \"quoted phrases\" match exact wording (only you see it).",
        "search cache warm-up", Takes: LearnArguments.Required);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var query = new SearchQuery(invocation.Arguments, visibility.For(invocation.UserId));
        var results = await search.SearchAsync(query, cancellationToken);
        return SearchReply.Render(invocation.Arguments, results, query.HitLimit);
    }
}
