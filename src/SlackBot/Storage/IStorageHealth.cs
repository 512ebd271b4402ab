namespace SlackBot.Storage;

/// <summary>Whether storage takes writes right now, for <c>GET /healthz</c> (<c>docs/storage-contract.md</c>, "Health").</summary>
public interface IStorageHealth
{
    /// <summary>Writes a small probe; false (never an exception) when storage cannot be written.</summary>
    Task<bool> IsWritableAsync(CancellationToken cancellationToken);
}
