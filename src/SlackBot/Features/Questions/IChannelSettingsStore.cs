namespace SlackBot.Features.Questions;

/// <summary>
/// Per-channel question settings, one document per channel keyed by <see cref="ChannelSettings.Id"/> (the channel id).
/// Every implementation keeps the contract in <c>docs/storage-contract.md</c> ("Channel settings").
/// </summary>
public interface IChannelSettingsStore
{
    /// <summary>The channel's settings; null when it never had any.</summary>
    Task<ChannelSettings?> FindAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="ChannelSettings.Id"/>.</summary>
    Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken);
}
