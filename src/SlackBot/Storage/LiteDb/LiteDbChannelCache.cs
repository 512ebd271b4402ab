using LiteDB;
using SlackBot.Features.Workspace;

namespace SlackBot.Storage.LiteDb;

/// <summary>Channels as the bot last saw them, in LiteDB (collection <c>channels</c>).</summary>
public sealed class LiteDbChannelCache(LiteDbDatabase database) : IChannelCache
{
    private readonly ILiteCollection<ChannelInfo> _channels = database.Collection<ChannelInfo>(LiteDbCollections.Channels);

    public Task<ChannelInfo?> FindAsync(string channelId, CancellationToken cancellationToken) => Completed.Value(_channels.FindById(channelId));

    public Task SaveAsync(ChannelInfo channel, CancellationToken cancellationToken)
    {
        _channels.Upsert(channel);
        return Task.CompletedTask;
    }
}
