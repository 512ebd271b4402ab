namespace SlackBot.Storage;

/// <summary>
/// One-off changes to documents written by an earlier version, each applied once per database in one transaction and
/// recorded (collection <c>upgrades</c>), so that later start-ups do not read the history again.
/// </summary>
internal static class StoreUpgrades
{
    public const string CollectionName = "upgrades";

    public static void Once(Database database, string name, Action upgrade)
    {
        var done = database.Collection<StoreUpgrade>(CollectionName);
        if (done.FindById(name) is not null) return;
        database.Write(() =>
        {
            upgrade();
            done.Upsert(new StoreUpgrade { Id = name });
        });
    }

    private sealed record StoreUpgrade
    {
        public string Id { get; init; } = "";
    }
}
