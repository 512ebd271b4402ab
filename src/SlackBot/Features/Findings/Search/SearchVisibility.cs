namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Which restricted findings a caller may see. Findings from a private channel are shown only to members of that
/// channel; the caller decides membership (the bot's cache, or Slack's <c>conversations.members</c>). The search asks
/// only about channels that hold a matching finding, once each per search.
/// </summary>
public sealed class SearchVisibility
{
    private readonly Func<string, CancellationToken, ValueTask<bool>> _isMember;

    private SearchVisibility(Func<string, CancellationToken, ValueTask<bool>> isMember) => _isMember = isMember;

    /// <summary>Sees only what everyone may see.</summary>
    public static SearchVisibility PublicOnly { get; } = new((_, _) => ValueTask.FromResult(false));

    /// <summary>Also sees findings from these (private) channels.</summary>
    public static SearchVisibility MemberOf(IReadOnlySet<string> channelIds)
    {
        ArgumentNullException.ThrowIfNull(channelIds);
        return new((channelId, _) => ValueTask.FromResult(channelIds.Contains(channelId)));
    }

    /// <summary>Asks <paramref name="isMember"/> about each private channel that holds a matching finding.</summary>
    public static SearchVisibility Asking(Func<string, CancellationToken, ValueTask<bool>> isMember)
    {
        ArgumentNullException.ThrowIfNull(isMember);
        return new(isMember);
    }

    /// <summary>True when the caller may see findings restricted to <paramref name="channelId"/>.</summary>
    public ValueTask<bool> MaySeeAsync(string channelId, CancellationToken cancellationToken) => _isMember(channelId, cancellationToken);
}
