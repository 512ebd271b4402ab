using SlackBot.Slack.Api;

namespace SlackBot.Features.Workspace;

/// <summary>A channel as the bot knows it: names come from conversations.info and rename events.</summary>
public sealed record ChannelInfo
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public bool IsPrivate { get; init; }
    public bool IsArchived { get; init; }
    public bool? IsMember { get; init; }
    public DateTimeOffset RefreshedAt { get; init; }
}

/// <summary>
/// Channel names and kinds, cached in the store (<see cref="IChannelCache"/>) so that every message does not cost a
/// conversations.info call. Rename and archive events keep the cache true; entries older than a day are refreshed.
/// </summary>
public sealed class ChannelDirectory(IChannelCache cache, ISlackApi slack, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>The channel, from the cache or Slack; null when Slack does not know it (or the bot may not see it).</summary>
    public async Task<ChannelInfo?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        var cached = await cache.FindAsync(channelId, cancellationToken);
        if (cached is not null && time.GetUtcNow() - cached.RefreshedAt < MaxAge) return cached;

        try
        {
            var conversation = await slack.GetConversationInfoAsync(channelId, cancellationToken);
            var info = new ChannelInfo
            {
                Id = conversation.Id,
                Name = conversation.Name ?? cached?.Name ?? channelId,
                IsPrivate = conversation.IsPrivate || conversation.IsGroup,
                IsArchived = conversation.IsArchived,
                IsMember = conversation.IsMember ?? cached?.IsMember,
                RefreshedAt = time.GetUtcNow(),
            };
            await cache.SaveAsync(info, cancellationToken);
            return info;
        }
        catch (SlackApiException exception) when (exception.Error is "channel_not_found" or "missing_scope")
        {
            return cached;
        }
    }

    /// <summary>Cached name only (no Slack call); for places that must not wait on the network.</summary>
    public Task<ChannelInfo?> CachedAsync(string channelId, CancellationToken cancellationToken) => cache.FindAsync(channelId, cancellationToken);

    public Task RememberAsync(ChannelInfo channel, CancellationToken cancellationToken) =>
        cache.SaveAsync(channel with { RefreshedAt = time.GetUtcNow() }, cancellationToken);

    public async Task UpdateAsync(string channelId, Func<ChannelInfo, ChannelInfo> change, CancellationToken cancellationToken)
    {
        var current = await cache.FindAsync(channelId, cancellationToken) ?? new ChannelInfo { Id = channelId, Name = channelId };
        await cache.SaveAsync(change(current) with { RefreshedAt = time.GetUtcNow() }, cancellationToken);
    }
}
