using LiteDB;
using SlackBot.Features.Questions;

namespace SlackBot.Storage.LiteDb;

/// <summary>Per-channel question settings in LiteDB (collection <c>channel_settings</c>), found by id only.</summary>
public sealed class LiteDbChannelSettingsStore(LiteDbDatabase database) : IChannelSettingsStore
{
    private readonly ILiteCollection<ChannelSettings> _settings = database.Collection<ChannelSettings>(LiteDbCollections.ChannelSettings);

    public Task<ChannelSettings?> FindAsync(string channelId, CancellationToken cancellationToken) => Completed.Value(_settings.FindById(channelId));

    public Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken)
    {
        _settings.Upsert(settings);
        return Task.CompletedTask;
    }
}
