using System.Data;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// The durable inbox shared by every replica (table <c>inbox</c>, <c>Schema/001-inbox.sql</c>). An append commits before
/// it returns, so a Slack retry landing on another replica is a duplicate. Each ordering key is processed by one replica
/// at a time: the one holding the key's session advisory lock on this inbox's own connection, taken when the key has
/// pending envelopes and released once it has none and nothing is handed out. The lock dies with the connection, so a
/// replica that is killed frees its keys at once and another one resumes them in order.
/// </summary>
public sealed partial class PostgresInbox(PostgresDatabase database, ILogger<PostgresInbox> logger) : IEnvelopeInbox, IInboxRecords, IDisposable
{
    /// <summary>The notification channel an append signals, so other replicas read at once.</summary>
    public const string NotifyChannel = "slackbot_inbox";

    /// <summary>How many queued appends one transaction takes at most.</summary>
    private const int MaxAppendGroup = 256;

    // The locks are taken in key-hash order (the sorted subquery feeds the aggregate row by row).
    private const string TakeTurnsSql = """
        SELECT count(pg_advisory_xact_lock(@ns, turn.key_hash))
        FROM (SELECT DISTINCT hashtext(key) AS key_hash FROM unnest(@keys::text[]) AS key ORDER BY 1) AS turn
        """;

    // In queue order, so each key's sequence numbers follow its arrival order; a repeated id is stored once. The server
    // delivers one notification per transaction however many stored rows signal it.
    private const string InsertGroupSql = $"""
        WITH added AS (
            INSERT INTO inbox (id, ordering_key, status, received_at, doc)
            SELECT appended.id, appended.key, 'Pending', appended.received_at, appended.doc
            FROM unnest(@ids::text[], @keys::text[], @received_at::timestamptz[], @docs::jsonb[]) WITH ORDINALITY AS appended(id, key, received_at, doc, position)
            ORDER BY appended.position
            ON CONFLICT (id) DO NOTHING
            RETURNING id)
        SELECT id, pg_notify('{NotifyChannel}', '') FROM added
        """;

    // The keys with pending envelopes, one index probe each (a skip scan of inbox_pending): DISTINCT would read every
    // pending row, and a backlog made each read cost what it held. MATERIALIZED: the keys already held are filtered
    // out before any lock is tried, because session locks stack.
    private const string TakeKeysSql = """
        WITH RECURSIVE pending_key AS (
            (SELECT key_hash FROM inbox WHERE status = 'Pending' ORDER BY key_hash LIMIT 1)
            UNION ALL
            SELECT (SELECT later.key_hash FROM inbox AS later
                    WHERE later.status = 'Pending' AND later.key_hash > pending_key.key_hash
                    ORDER BY later.key_hash LIMIT 1)
            FROM pending_key WHERE pending_key.key_hash IS NOT NULL),
        wanted AS MATERIALIZED (
            SELECT key_hash FROM pending_key WHERE key_hash IS NOT NULL AND NOT (key_hash = ANY(@held)))
        SELECT key_hash FROM wanted WHERE pg_try_advisory_lock(@ns, key_hash)
        """;

    // NOT IN over a subquery is a hashed lookup; NOT (id = ANY(@handed)) compared each row with every envelope handed out.
    private const string ReadHeldSql = """
        SELECT sequence, key_hash, doc::text FROM inbox
        WHERE status = 'Pending' AND key_hash = ANY(@held) AND id NOT IN (SELECT unnest(@handed::text[]))
        ORDER BY sequence
        LIMIT @max
        """;

    // CASE, not AND: the unlock must run only for a key with nothing pending, whatever order the planner picks.
    private const string ReleaseSql = """
        SELECT key_hash FROM unnest(@idle) AS idle(key_hash)
        WHERE CASE WHEN EXISTS (SELECT 1 FROM inbox WHERE status = 'Pending' AND inbox.key_hash = idle.key_hash) THEN false
                   ELSE pg_advisory_unlock(@ns, idle.key_hash) END
        """;

    private readonly Lock _gate = new();

    /// <summary>Guards starting the append writer and completing its queue at disposal.</summary>
    private readonly Lock _appendGate = new();

    private readonly Channel<PendingAppend> _appends = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The one writer of this replica's appends, started by the first one.</summary>
    private Task? _appendWriter;

    /// <summary>The key hashes whose lock <see cref="_keys"/> holds (once each).</summary>
    private readonly HashSet<int> _held = [];

    /// <summary>Envelopes handed out in this run and not completed yet, with their key hash.</summary>
    private readonly Dictionary<string, int> _handedOut = new(StringComparer.Ordinal);

    /// <summary>The connection whose session holds the key locks; opened when first needed, reopened after it broke.</summary>
    private NpgsqlConnection? _keys;

    private volatile bool _disposed;

    public ValueTask<bool> AppendAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var pending = new PendingAppend(InboxRecord.From(envelope, 0));
        lock (_appendGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_appendWriter is null)
            {
                // Not in the first caller's context: the writer serves every request, not the one whose span was current.
                using (ExecutionContext.SuppressFlow()) _appendWriter = Task.Run(WriteAppendGroupsAsync);
            }

            _appends.Writer.TryWrite(pending);
        }

        // The caller may stop waiting, but the append itself is not abandoned half-way.
        return new ValueTask<bool>(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    /// <summary>
    /// Group commit: whatever appends have queued up (at most <see cref="MaxAppendGroup"/>) go into one transaction, so a
    /// burst in one channel costs one commit and one WAL flush instead of one per event, each waiting for the key's turn.
    /// </summary>
    private async Task WriteAppendGroupsAsync()
    {
        var group = new List<PendingAppend>(MaxAppendGroup);
        while (await _appends.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxAppendGroup && _appends.Reader.TryRead(out var next)) group.Add(next);
            try
            {
                var added = await InsertGroupAsync(group);
                foreach (var append in group) append.Completion.TrySetResult(added.Remove(append.Record.Id));
            }
            catch (Exception exception)
            {
                // Nothing of the group was committed: none of it is acknowledged, so Slack retries.
                LogAppendGroupFailed(exception, group.Count);
                foreach (var append in group) append.Completion.TrySetException(exception);
            }
        }
    }

    /// <summary>Inserts the group in queue order in one transaction; the ids it stored (a duplicate is stored once, for its first append).</summary>
    private async Task<HashSet<string>> InsertGroupAsync(List<PendingAppend> group)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await using var batch = new NpgsqlBatch(connection, transaction);

        // Each key's appends take turns, and the sequence is drawn after the turn is taken: within a key, sequence order
        // is commit order, so a replica reading a key never sees a later envelope before an earlier one. Replicas take
        // the turns in one order (by key hash), so two groups never wait for each other.
        var keys = group.Select(append => append.Record.OrderingKey).Distinct(StringComparer.Ordinal).ToArray();
        var turns = new NpgsqlBatchCommand(TakeTurnsSql);
        turns.Parameters.AddWithValue("ns", PostgresLocks.InboxAppend);
        turns.Parameters.AddWithValue("keys", keys);
        var insert = new NpgsqlBatchCommand(InsertGroupSql);
        insert.Parameters.AddWithValue("ids", group.Select(append => append.Record.Id).ToArray());
        insert.Parameters.AddWithValue("keys", group.Select(append => append.Record.OrderingKey).ToArray());
        insert.Parameters.AddWithValue("received_at", group.Select(append => PostgresJson.Instant(append.Record.ReceivedAt)).ToArray());
        insert.Parameters.Add(new NpgsqlParameter("docs", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = group.Select(append => PostgresJson.Serialize(append.Record)).ToArray(),
        });
        batch.BatchCommands.Add(turns);
        batch.BatchCommands.Add(insert);

        var added = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync(CancellationToken.None))
        {
            await reader.NextResultAsync(CancellationToken.None);
            while (await reader.ReadAsync(CancellationToken.None)) added.Add(reader.GetString(0));
        }

        await transaction.CommitAsync(CancellationToken.None);
        return added;
    }

    /// <summary>
    /// The pending envelopes of the keys this replica holds (taking the free keys that have some first), each handed
    /// out once per run, in sequence order; <paramref name="afterSequence"/> is not a bound here, since a key taken over
    /// or an append committed late brings envelopes older than what was read before.
    /// </summary>
    public IReadOnlyList<PendingEnvelope> ReadPending(long afterSequence, int max)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return OnKeys(keys =>
            {
                TakeFreeKeys(keys);
                var read = ReadHeld(keys, max);
                foreach (var (pending, hash) in read) _handedOut[pending.Envelope.Id] = hash;
                if (read.Count < max)
                {
                    // Everything pending of the held keys was read: a key with nothing read nor handed out is let go.
                    var busy = read.Select(entry => entry.Hash).Concat(_handedOut.Values).ToHashSet();
                    Release(keys, _held.Where(hash => !busy.Contains(hash)).ToArray());
                }

                return read.Select(entry => entry.Pending).ToList();
            });
        }
    }

    public async ValueTask CompleteAsync(string envelopeId, EnvelopeOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand("UPDATE inbox SET status = @status, doc = doc || @patch WHERE id = @id", connection))
        {
            var status = outcome.Succeeded ? InboxStatus.Processed : InboxStatus.Failed;
            command.Parameters.AddWithValue("id", envelopeId);
            command.Parameters.AddWithValue("status", status.ToString());
            command.Parameters.Add(new NpgsqlParameter("patch", NpgsqlDbType.Jsonb)
            {
                Value = PostgresJson.Serialize(new OutcomePatch(status, outcome.ProcessedAt, outcome.Errors)),
            });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        lock (_gate)
        {
            if (_disposed || !_handedOut.Remove(envelopeId, out var hash) || !_held.Contains(hash) || _handedOut.ContainsValue(hash)) return;
            try
            {
                // The outcome is committed before the key is let go, so whoever takes it next never sees this one pending.
                OnKeys(keys => Release(keys, [hash]));
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException)
            {
                // The outcome is stored; the key is let go with the connection, or by the next read.
                LogReleaseFailed(exception);
            }
        }
    }

    public int Prune(DateTimeOffset receivedBefore)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand("DELETE FROM inbox WHERE status <> 'Pending' AND received_at < @before", connection);
        command.Parameters.AddWithValue("before", PostgresJson.Instant(receivedBefore));
        return command.ExecuteNonQuery();
    }

    public InboxRecord? Find(string envelopeId) =>
        Records("SELECT sequence, doc::text FROM inbox WHERE id = @id", command => command.Parameters.AddWithValue("id", envelopeId)).SingleOrDefault();

    public IReadOnlyList<InboxRecord> All() => Records("SELECT sequence, doc::text FROM inbox ORDER BY sequence", _ => { });

    public IReadOnlyList<InboxRecord> PendingFor(string orderingKey) =>
        Records(
            "SELECT sequence, doc::text FROM inbox WHERE status = 'Pending' AND key_hash = hashtext(@key) AND ordering_key = @key ORDER BY sequence",
            command => command.Parameters.AddWithValue("key", orderingKey));

    /// <summary>Lets go of every key (closing the session would too) and closes the lock connection.</summary>
    public void Dispose()
    {
        Task? appendWriter;
        lock (_appendGate)
        {
            if (_disposed) return;
            _disposed = true;
            _appends.Writer.TryComplete();
            appendWriter = _appendWriter;
        }

        // Appends already queued are committed (or failed) before the connections go.
        appendWriter?.GetAwaiter().GetResult();
        lock (_gate)
        {
            if (_keys is null) return;
            try
            {
                using var command = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _keys);
                command.ExecuteNonQuery();
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException)
            {
                // A broken session holds nothing any more.
            }

            _keys.Dispose();
            _keys = null;
            _held.Clear();
        }
    }

    /// <summary>Runs a step on the lock connection; if the connection broke, its locks are gone: forget them and reopen next time.</summary>
    private T OnKeys<T>(Func<NpgsqlConnection, T> step)
    {
        _keys ??= database.OpenConnection();
        try
        {
            return step(_keys);
        }
        catch when (_keys.State != ConnectionState.Open)
        {
            if (_held.Count > 0) LogKeysLost(_held.Count);
            _keys.Dispose();
            _keys = null;
            _held.Clear();
            throw;
        }
    }

    private void TakeFreeKeys(NpgsqlConnection keys)
    {
        using var command = new NpgsqlCommand(TakeKeysSql, keys);
        command.Parameters.AddWithValue("ns", PostgresLocks.InboxKey);
        command.Parameters.AddWithValue("held", _held.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) _held.Add(reader.GetInt32(0));
    }

    private List<(PendingEnvelope Pending, int Hash)> ReadHeld(NpgsqlConnection keys, int max)
    {
        var read = new List<(PendingEnvelope, int)>();
        if (_held.Count == 0 || max <= 0) return read;
        using var command = new NpgsqlCommand(ReadHeldSql, keys);
        command.Parameters.AddWithValue("held", _held.ToArray());
        command.Parameters.AddWithValue("handed", _handedOut.Keys.ToArray());
        command.Parameters.AddWithValue("max", max);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = PostgresJson.Deserialize<InboxRecord>(reader.GetString(2)) with { Sequence = reader.GetInt64(0) };
            read.Add((new PendingEnvelope(record.Sequence, record.ToEnvelope()), reader.GetInt32(1)));
        }

        return read;
    }

    /// <summary>Unlocks those of <paramref name="idle"/> that have nothing pending (checked in the same statement).</summary>
    private bool Release(NpgsqlConnection keys, int[] idle)
    {
        if (idle.Length == 0) return false;
        using var command = new NpgsqlCommand(ReleaseSql, keys);
        command.Parameters.AddWithValue("ns", PostgresLocks.InboxKey);
        command.Parameters.AddWithValue("idle", idle);
        using var reader = command.ExecuteReader();
        var released = false;
        while (reader.Read()) released |= _held.Remove(reader.GetInt32(0));
        return released;
    }

    private List<InboxRecord> Records(string sql, Action<NpgsqlCommand> bind)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        using var reader = command.ExecuteReader();
        var records = new List<InboxRecord>();
        while (reader.Read()) records.Add(PostgresJson.Deserialize<InboxRecord>(reader.GetString(1)) with { Sequence = reader.GetInt64(0) });
        return records;
    }

    /// <summary>One append waiting for the writer; its caller waits on its completion.</summary>
    private sealed class PendingAppend(InboxRecord record)
    {
        public InboxRecord Record { get; } = record;
        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The fields of <see cref="InboxRecord"/> that completing an envelope changes, merged into its document.</summary>
    private sealed record OutcomePatch(InboxStatus Status, DateTimeOffset ProcessedAt, IReadOnlyList<string> Errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox append of {Count} envelope(s) failed; none of them were acknowledged")]
    private partial void LogAppendGroupFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox's lock connection broke; its {Count} ordering key(s) are free for other replicas")]
    private partial void LogKeysLost(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letting go of an ordering key failed; it is freed with the lock connection or by the next read")]
    private partial void LogReleaseFailed(Exception exception);
}
