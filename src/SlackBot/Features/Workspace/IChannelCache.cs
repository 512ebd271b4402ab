namespace SlackBot.Features.Workspace;

/// <summary>
/// What the bot last learned about each channel, keyed by channel id; <see cref="ChannelDirectory"/> decides when it is
/// stale. Every implementation keeps the contract in <c>docs/storage-contract.md</c> ("Channel and user caches").
/// </summary>
public interface IChannelCache
{
    Task<ChannelInfo?> FindAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="ChannelInfo.Id"/>.</summary>
    Task SaveAsync(ChannelInfo channel, CancellationToken cancellationToken);
}
