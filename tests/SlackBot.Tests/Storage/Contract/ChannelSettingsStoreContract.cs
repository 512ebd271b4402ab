using SlackBot.Features.Questions;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Channel settings".</summary>
public abstract class ChannelSettingsStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IChannelSettingsStore Settings => Get<IChannelSettingsStore>();

    [Test]
    public async Task Settings_are_kept_by_channel_and_replaced_when_saved_again()
    {
        var live = new ChannelSettings { Id = "C1", Timing = QuestionTimingMode.Live, Delivery = null, UpdatedAt = T0, UpdatedBy = "U0CAROL" };
        await Settings.SaveAsync(live, None);
        var changed = live with { Timing = null, Delivery = QuestionDelivery.DirectMessage, UpdatedAt = T0.AddHours(1), UpdatedBy = "U0BOB" };
        await Settings.SaveAsync(changed, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Settings.FindAsync("C1", None)), Is.EqualTo(Json(changed)), "the whole document is replaced, nulls included");
            Assert.That(await Settings.FindAsync("C2", None), Is.Null, "a channel that never had settings");
        });
    }

    [Test]
    public async Task Settings_survive_a_restart_and_can_be_saved_through_the_unit_of_work()
    {
        var dm = new ChannelSettings { Id = "C1", Delivery = QuestionDelivery.DirectMessage, UpdatedAt = T0, UpdatedBy = "U0CAROL" };
        await Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(dm), None);

        await RestartAsync();

        Assert.That(Json(await Settings.FindAsync("C1", None)), Is.EqualTo(Json(dm)));
    }
}
