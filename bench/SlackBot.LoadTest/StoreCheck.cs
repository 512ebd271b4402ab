using Microsoft.Extensions.DependencyInjection;
using SlackBot.Cli;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;

namespace SlackBot.LoadTest;

/// <summary>What the stopped bot's inbox says about the envelopes it acknowledged.</summary>
public sealed record StoreVerdict(int Acknowledged, int Missing, int NotProcessed, int Failed, IReadOnlyList<string> Examples)
{
    /// <summary>Every acknowledged envelope is in the inbox once (its id is the key) and processed.</summary>
    public bool ExactlyOnce => Missing == 0 && NotProcessed == 0;
}

/// <summary>Opens the bot's store once the bot has stopped, through the project's own storage classes, and reads it only.</summary>
public static class StoreCheck
{
    /// <summary>Every inbox record, by id: the LiteDB file at <paramref name="liteDbPath"/>, or the PostgreSQL database.</summary>
    public static IReadOnlyDictionary<string, InboxRecord> ReadInbox(string? liteDbPath, string? postgresConnectionString)
    {
        if (postgresConnectionString is not null)
        {
            using var services = CliStorage.OnPostgres(postgresConnectionString);
            return services.GetRequiredService<IInboxRecords>().All().ToDictionary(record => record.Id, StringComparer.Ordinal);
        }

        using var database = LiteDbDatabase.OpenFile(liteDbPath ?? throw new ArgumentNullException(nameof(liteDbPath)));
        return database.Collection<InboxRecord>(LiteDbInbox.CollectionName).FindAll().ToDictionary(record => record.Id, StringComparer.Ordinal);
    }

    public static StoreVerdict Verify(IReadOnlyDictionary<string, InboxRecord> inbox, IEnumerable<string> acknowledgedIds)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        var ids = acknowledgedIds.Distinct(StringComparer.Ordinal).ToList();
        var missing = ids.Where(id => !inbox.ContainsKey(id)).ToList();
        var notProcessed = ids.Where(id => inbox.TryGetValue(id, out var record) && record.Status != InboxStatus.Processed).ToList();
        var failed = ids.Count(id => inbox.TryGetValue(id, out var record) && record.Errors.Count > 0);
        return new StoreVerdict(ids.Count, missing.Count, notProcessed.Count, failed, [.. missing.Concat(notProcessed).Take(5)]);
    }

    /// <summary>The phase's processing figures from the records' own times: envelopes per second from the first receipt
    /// to the last completion, and received-to-processed of the incident-channel messages.</summary>
    public static PhaseMeasurement WithProcessing(PhaseMeasurement phase, IReadOnlyDictionary<string, InboxRecord> inbox)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(inbox);
        var records = phase.AcknowledgedInboxIds.Select(id => inbox.GetValueOrDefault(id)).OfType<InboxRecord>().Where(record => record.ProcessedAt is not null).ToList();
        double? rate = null;
        if (records.Count > 1)
        {
            var span = records.Max(record => record.ProcessedAt!.Value) - records.Min(record => record.ReceivedAt);
            rate = records.Count / span.TotalSeconds;
        }

        var lag = LatencySummary.Of(phase.IncidentMessageIds.Select(id => inbox.GetValueOrDefault(id))
            .OfType<InboxRecord>().Where(record => record.ProcessedAt is not null)
            .Select(record => (record.ProcessedAt!.Value - record.ReceivedAt).TotalMilliseconds));
        return phase with { ProcessedPerSecond = rate, IncidentLag = lag };
    }
}
