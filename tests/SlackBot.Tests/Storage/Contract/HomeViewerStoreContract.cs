using SlackBot.Features.Home;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Home viewers".</summary>
public abstract class HomeViewerStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IHomeViewerStore Viewers => Get<IHomeViewerStore>();

    [Test]
    public async Task A_viewer_saved_by_a_unit_of_work_reads_back_and_survives_a_restart()
    {
        var viewer = new HomeViewer { Id = "U0ALICE", FirstOpenedAt = T0, Publishes = 3 };

        await Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(viewer), None);
        await RestartAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Viewers.FindAsync("U0ALICE", None)), Is.EqualTo(Json(viewer)));
            Assert.That(await Viewers.FindAsync("U0BOB", None), Is.Null, "someone who never opened Home is not a viewer");
        });
    }

    [Test]
    public async Task Saving_a_viewer_again_replaces_it()
    {
        var viewer = new HomeViewer { Id = "U0ALICE", FirstOpenedAt = T0, Publishes = 1 };
        await Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(viewer), None);

        await Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(viewer with { Publishes = 2 }), None);

        Assert.That((await Viewers.FindAsync("U0ALICE", None))?.Publishes, Is.EqualTo(2));
    }
}
