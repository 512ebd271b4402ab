using SlackBot.Features.Workspace;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// What a person may see: public findings, and restricted ones (<see cref="FindingSearchRules.RestrictedTo"/>) of the
/// channels Slack says they are in. The seam for <c>/learn search</c> (<see cref="For"/>) and for every list that
/// shows findings one by one (<see cref="MaySeeAsync"/>).
/// </summary>
public sealed class MemberVisibility(ChannelMembers members)
{
    public SearchVisibility For(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return SearchVisibility.Asking((channelId, cancellationToken) => new ValueTask<bool>(members.IsMemberAsync(channelId, userId, cancellationToken)));
    }

    /// <summary>
    /// True when <paramref name="userId"/> may see <paramref name="finding"/>. A command typed in the finding's own
    /// channel (<paramref name="typedInChannelId"/>) takes being in it, so Slack is not asked.
    /// </summary>
    public async Task<bool> MaySeeAsync(Finding finding, string userId, string? typedInChannelId, CancellationToken cancellationToken)
    {
        if (FindingSearchRules.RestrictedTo(finding) is not { } channel) return true;
        if (channel.Length == 0) return false;
        return channel == typedInChannelId || await members.IsMemberAsync(channel, userId, cancellationToken);
    }
}
