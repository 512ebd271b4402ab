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
/// Only a conversations.info answer makes an entry fresh: an event about a channel the bot has never looked up
/// (the bot's own join, an archive) leaves a stand-in that the next <see cref="GetAsync"/> replaces.
/// </summary>
public sealed class ChannelDirectory(IChannelCache cache, ISlackApi slack, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>The channel, from the cache or Slack; null when Slack does not know it (or the bot may not see it).</summary>
    public async Task<ChannelInfo?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        var cached = await cache.FindAsync(channelId, cancellationToken);
        return cached is not null && time.GetUtcNow() - cached.RefreshedAt < MaxAge
            ? cached
            : await LookUpAsync(channelId, cached, cancellationToken);
    }

    /// <summary>Looks the channel up in Slack now, whatever the cache holds; null when Slack does not know it.</summary>
    public async Task<ChannelInfo?> RefreshAsync(string channelId, CancellationToken cancellationToken) =>
        await LookUpAsync(channelId, await cache.FindAsync(channelId, cancellationToken), cancellationToken);

    private async Task<ChannelInfo?> LookUpAsync(string channelId, ChannelInfo? cached, CancellationToken cancellationToken)
    {
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

    /// <summary>Applies what an event said about the channel; it does not make the rest of the entry any fresher.</summary>
    public async Task UpdateAsync(string channelId, Func<ChannelInfo, ChannelInfo> change, CancellationToken cancellationToken)
    {
        var current = await cache.FindAsync(channelId, cancellationToken) ?? new ChannelInfo { Id = channelId, Name = channelId, RefreshedAt = DateTimeOffset.MinValue };
        await cache.SaveAsync(change(current) with { RefreshedAt = current.RefreshedAt }, cancellationToken);
    }
}
