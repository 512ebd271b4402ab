using SlackBot.Features.Workspace;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Channel and user caches".</summary>
public abstract class ChannelCacheContract(IStorageProvider provider) : StoreContract(provider)
{
    private IChannelCache Channels => Get<IChannelCache>();

    [Test]
    public async Task A_channel_is_kept_by_id_and_replaced_when_saved_again()
    {
        var channel = new ChannelInfo { Id = "C1", Name = "inc-42", IsPrivate = true, IsArchived = false, IsMember = null, RefreshedAt = T0 };
        await Channels.SaveAsync(channel, None);
        await Channels.SaveAsync(channel with { Name = "inc-42-checkout", IsMember = true, RefreshedAt = T0.AddHours(1) }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Channels.FindAsync("C1", None)), Is.EqualTo(Json(channel with { Name = "inc-42-checkout", IsMember = true, RefreshedAt = T0.AddHours(1) })));
            Assert.That(await Channels.FindAsync("C2", None), Is.Null);
        });
    }

    [Test]
    public async Task A_cached_channel_survives_a_restart()
    {
        var channel = new ChannelInfo { Id = "C1", Name = "inc-42", IsArchived = true, IsMember = false, RefreshedAt = T0 };
        await Channels.SaveAsync(channel, None);

        await RestartAsync();

        Assert.That(Json(await Channels.FindAsync("C1", None)), Is.EqualTo(Json(channel)));
    }
}
