namespace SlackBot.Features.Home;

/// <summary>
/// The people who have opened the Home tab, keyed by user id. A viewer's new publish count is written with its outbox
/// row through the unit of work. Every implementation keeps the contract in <c>docs/storage-contract.md</c>
/// ("Home viewers").
/// </summary>
public interface IHomeViewerStore
{
    Task<HomeViewer?> FindAsync(string userId, CancellationToken cancellationToken);
}
