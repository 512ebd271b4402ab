using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Health".</summary>
public abstract class StorageHealthContract(IStorageProvider provider) : StoreContract(provider)
{
    [Test]
    public async Task Storage_that_takes_writes_reports_itself_writable_again_and_again()
    {
        var health = Get<IStorageHealth>();

        Assert.Multiple(async () =>
        {
            Assert.That(await health.IsWritableAsync(None), Is.True);
            Assert.That(await health.IsWritableAsync(None), Is.True, "the probe overwrites itself");
        });
    }
}
