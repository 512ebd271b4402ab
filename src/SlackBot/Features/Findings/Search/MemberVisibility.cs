using SlackBot.Features.Workspace;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// What a person may see in a search: public findings, and those of the private channels Slack says they are in.
/// The seam for <c>/learn search</c>: <c>new SearchQuery(terms, visibility.For(command.UserId))</c>.
/// </summary>
public sealed class MemberVisibility(ChannelMembers members)
{
    public SearchVisibility For(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return SearchVisibility.Asking((channelId, cancellationToken) => new ValueTask<bool>(members.IsMemberAsync(channelId, userId, cancellationToken)));
    }
}
