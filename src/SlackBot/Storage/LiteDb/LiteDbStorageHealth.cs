using LiteDB;

namespace SlackBot.Storage.LiteDb;

/// <summary>Probes the LiteDB file by upserting one small document (collection <c>health</c>).</summary>
public sealed class LiteDbStorageHealth(LiteDbDatabase database, TimeProvider time) : IStorageHealth
{
    public Task<bool> IsWritableAsync(CancellationToken cancellationToken)
    {
        try
        {
            database.Lite.GetCollection("health").Upsert(new BsonDocument
            {
                ["_id"] = "probe",
                ["at"] = time.GetUtcNow().UtcDateTime,
            });
            return Task.FromResult(true);
        }
        catch (Exception exception) when (exception is LiteException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(false);
        }
    }
}
