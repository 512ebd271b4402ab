using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Brings this replica's search index along with findings any replica wrote. A trigger on <c>findings</c> records
/// every write in <c>finding_changes</c> and notifies <see cref="Channel"/>; this reads the changes of transactions
/// that have all finished since its last look (on a notification, else every <see cref="PollInterval"/>), re-reads
/// those findings and indexes or removes them. Re-indexing a finding this replica wrote itself is harmless.
/// Changes are kept for <see cref="Retention"/>; a replica cut off for longer re-synchronises its index whole.
/// </summary>
public sealed partial class PostgresFindingFeed(PostgresDatabase database, IServiceProvider services, ILogger<PostgresFindingFeed> logger) : BackgroundService
{
    public const string Channel = "slackbot_findings";

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    /// <summary>At start the feed replays this much, so a write between the index's start-up check and the feed's first look is not lost.</summary>
    public static readonly TimeSpan StartReplay = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private const int ReadBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Serve registers a search; offline commands and storage tests may not, and then there is nothing to feed.
        if (services.GetService<IFindingSearch>() is not { } search) return;
        await Task.Yield();
        FeedPosition? position = null;
        var lastRead = DateTimeOffset.UtcNow;
        var lastPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await database.OpenConnectionAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", listener)) await listen.ExecuteNonQueryAsync(stoppingToken);
                if (position is null) position = new FeedPosition(await StartPositionAsync(listener, stoppingToken), new HashSet<long>());
                else if (DateTimeOffset.UtcNow - lastRead > Retention / 2) await ResynchroniseAsync(search, stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    position = await CatchUpAsync(listener, search, position, stoppingToken);
                    lastRead = DateTimeOffset.UtcNow;
                    if (lastRead - lastPrune > PruneInterval)
                    {
                        await PruneAsync(listener, stoppingToken);
                        lastPrune = lastRead;
                    }

                    // Returns on a notification or after the interval, whichever comes first.
                    await listener.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogFailed(exception);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Indexes the findings changed since <paramref name="from"/>: the changes of transactions that started at or
    /// after its horizon, less those already handled. The horizon moves only past transactions that have all finished,
    /// so a change is never skipped because a later one committed first; a committed change beyond the horizon is
    /// handled at once and remembered until the horizon passes it.
    /// </summary>
    internal async Task<FeedPosition> CatchUpAsync(NpgsqlConnection connection, IFindingSearch search, FeedPosition from, CancellationToken cancellationToken)
    {
        // One statement, one snapshot: every transaction below its xmin has finished and is visible to it.
        const string changesSql = """
            WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
            SELECT h.xmin AS Horizon, c.sequence AS Sequence, c.finding_id AS FindingId, c.tx >= h.xmin AS Ahead
            FROM horizon h LEFT JOIN finding_changes c ON c.tx >= @from
            ORDER BY c.sequence
            """;
        var rows = (await connection.QueryAsync<Change>(new CommandDefinition(changesSql, new { from = from.Horizon }, cancellationToken: cancellationToken))).ToList();
        var changed = rows.Where(row => row is { FindingId: not null, Sequence: { } sequence } && !from.Handled.Contains(sequence)).Select(row => row.FindingId!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var batch in changed.Chunk(ReadBatch))
        {
            var documents = await connection.QueryAsync<string>(new CommandDefinition("SELECT doc FROM findings WHERE id = ANY(@ids)", new { ids = batch }, cancellationToken: cancellationToken));
            var found = documents.Select(PostgresJson.Deserialize<Finding>).ToDictionary(finding => finding.Id, StringComparer.Ordinal);
            foreach (var id in batch)
            {
                if (found.TryGetValue(id, out var finding)) search.Index(finding);
                else search.Remove(id);
            }
        }

        return new FeedPosition(Math.Max(from.Horizon, rows[0].Horizon), rows.Where(row => row.Ahead == true).Select(row => row.Sequence!.Value).ToHashSet());
    }

    /// <summary>Where the next look starts: the oldest transaction not yet finished, and the changes past it already handled.</summary>
    internal sealed record FeedPosition(long Horizon, IReadOnlySet<long> Handled);

    private static Task<long> StartPositionAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT least(pg_snapshot_xmin(pg_current_snapshot())::text::bigint,
                         coalesce((SELECT min(tx) FROM finding_changes WHERE changed_at > now() - @replay), 9223372036854775807))
            """, new { replay = StartReplay }, cancellationToken: cancellationToken));

    private static Task PruneAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM finding_changes WHERE changed_at < now() - @retention", new { retention = Retention }, cancellationToken: cancellationToken));

    /// <summary>Cut off longer than the changes are kept: the index is brought in line with the store whole, as at start-up.</summary>
    private async Task ResynchroniseAsync(IFindingSearch search, CancellationToken cancellationToken)
    {
        if (search is not LuceneFindingSearch lucene) return;
        var findings = await services.GetRequiredService<IFindingStore>().AllAsync(cancellationToken);
        lucene.Synchronise(findings);
    }

    private sealed class Change
    {
        public long Horizon { get; init; }
        public long? Sequence { get; init; }
        public string? FindingId { get; init; }
        public bool? Ahead { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the findings written by other replicas; retrying (this replica's search may lag meanwhile)")]
    private partial void LogFailed(Exception exception);
}
