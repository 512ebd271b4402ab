using SlackBot.Features.Home;

namespace SlackBot.Storage.LiteDb;

/// <summary>Home viewers in LiteDB (collection <c>home_viewers</c>); written through the unit of work.</summary>
public sealed class LiteDbHomeViewerStore(LiteDbDatabase database) : IHomeViewerStore
{
    public Task<HomeViewer?> FindAsync(string userId, CancellationToken cancellationToken) =>
        Completed.Value(database.Collection<HomeViewer>(LiteDbCollections.HomeViewers).FindById(userId));
}
