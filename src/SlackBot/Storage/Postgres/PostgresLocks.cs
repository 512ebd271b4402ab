namespace SlackBot.Storage.Postgres;

/// <summary>
/// The advisory locks the bot takes, in one place so that no two uses share a number. Two-key locks
/// (<c>pg_advisory_lock(int, int)</c>) are a separate space from one-key (<c>bigint</c>) ones such as the migration lock.
/// </summary>
public static class PostgresLocks
{
    /// <summary>With the ordering key's hash: serialises a key's appends, so its sequence follows commit order.</summary>
    public const int InboxAppend = 0x51AC_0001;

    /// <summary>With the ordering key's hash, held for a session: the replica processing that key's envelopes.</summary>
    public const int InboxKey = 0x51AC_0002;

    /// <summary>Serialises outbox claims, so two replicas never claim rows of one channel side by side.</summary>
    public const long OutboxClaim = 0x5_1AC_B07_0002;
}
