namespace SlackBot.Storage;

/// <summary>
/// Commits a state change and the Slack messages it causes together: both are stored, or neither is. Every provider
/// keeps the contract in <c>docs/storage-contract.md</c> ("Unit of work").
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Calls <paramref name="work"/>, which records writes on the transaction it is given (and does nothing else), then
    /// commits them all in one storage transaction and, once committed, wakes the outbox sender if a message was added.
    /// When <paramref name="work"/> or the commit throws, nothing it recorded is stored and the exception propagates.
    /// </summary>
    Task CommitAsync(Action<IStorageTransaction> work, CancellationToken cancellationToken);
}
