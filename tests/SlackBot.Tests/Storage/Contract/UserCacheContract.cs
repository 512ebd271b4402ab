using SlackBot.Features.Workspace;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Channel and user caches".</summary>
public abstract class UserCacheContract(IStorageProvider provider) : StoreContract(provider)
{
    private IUserCache People => Get<IUserCache>();

    [Test]
    public async Task A_person_is_kept_by_id_and_replaced_when_saved_again()
    {
        var person = new PersonInfo { Id = "U1", Name = "priya", Tz = "Asia/Kolkata", TzOffset = 19800, IsBot = false, RefreshedAt = T0 };
        await People.SaveAsync(person, None);
        await People.SaveAsync(person with { Tz = "Europe/London", TzOffset = 0, RefreshedAt = T0.AddDays(1) }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await People.FindAsync("U1", None)), Is.EqualTo(Json(person with { Tz = "Europe/London", TzOffset = 0, RefreshedAt = T0.AddDays(1) })));
            Assert.That(await People.FindAsync("U2", None), Is.Null);
        });
    }

    [Test]
    public async Task A_cached_person_survives_a_restart()
    {
        var person = new PersonInfo { Id = "B1", Name = "statusbot", Tz = null, TzOffset = null, IsBot = true, RefreshedAt = T0 };
        await People.SaveAsync(person, None);

        await RestartAsync();

        Assert.That(Json(await People.FindAsync("B1", None)), Is.EqualTo(Json(person)));
    }
}
