namespace SlackBot.Storage.LiteDb;

/// <summary>
/// One-off changes to documents written by an earlier version, each applied once per database in one transaction and
/// recorded (collection <c>upgrades</c>), so that later start-ups do not read the history again.
/// </summary>
internal static class StoreUpgrades
{
    public const string CollectionName = "upgrades";

    public static void Once(LiteDbDatabase database, string name, Action upgrade)
    {
        var done = database.Collection<StoreUpgrade>(CollectionName);
        if (done.FindById(name) is not null) return;
        database.InTransaction(() =>
        {
            upgrade();
            done.Upsert(new StoreUpgrade { Id = name });
            return true;
        });
    }

    private sealed record StoreUpgrade
    {
        public string Id { get; init; } = "";
    }
}
