using Npgsql;
using NpgsqlTypes;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Outbox;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// The outbox rows shared by every replica (table <c>outbox</c>, <c>Schema/001-outbox.sql</c>). <see cref="ReadDue"/>
/// claims the rows it returns for this replica for <see cref="ClaimLease"/>, so each row is sent by one replica; a row
/// whose claim expired (its replica died) is claimed again, and the sender's verification before re-posting keeps that
/// from posting twice. A channel's rows are never claimed while another replica's live claim holds one of them, so
/// each channel's messages still go out in order.
/// </summary>
public sealed class PostgresOutboxStore(PostgresDatabase database, TimeProvider time) : IOutboxRecords
{
    /// <summary>The notification channel an added row signals, so the other replicas' senders look at once.</summary>
    public const string NotifyChannel = "slackbot_outbox";

    /// <summary>Long enough for a pass of sends with retries inside it; a dead replica's rows wait at most this long.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    // One claimer at a time (the advisory lock): the check "no other live claim in this channel" and the claim itself
    // cannot interleave with another replica's. SKIP LOCKED leaves rows an update is writing right now to the next pass.
    private const string ClaimSql = """
        WITH held AS (
            SELECT DISTINCT channel FROM outbox
            WHERE status = 'Pending' AND channel IS NOT NULL AND claimed_by <> @replica AND claimed_until > @now),
        due AS (
            SELECT id FROM outbox
            WHERE status = 'Pending' AND next_attempt_at <= @now
              AND (claimed_by IS NULL OR claimed_by = @replica OR claimed_until <= @now)
              AND (channel IS NULL OR channel NOT IN (SELECT channel FROM held))
            ORDER BY sequence
            LIMIT @max
            FOR UPDATE SKIP LOCKED)
        UPDATE outbox SET claimed_by = @replica, claimed_until = @until
        FROM due WHERE outbox.id = due.id
        RETURNING outbox.sequence, outbox.message::text
        """;

    // A row another replica holds, or one in a channel it holds, is not due here before that claim ends.
    private const string NextAttemptSql = """
        SELECT min(greatest(o.next_attempt_at, blocked.until)) FROM outbox o
        LEFT JOIN LATERAL (
            SELECT max(c.claimed_until) AS until FROM outbox c
            WHERE c.status = 'Pending' AND c.claimed_by <> @replica AND c.claimed_until > @now
              AND (c.id = o.id OR c.channel = o.channel)) blocked ON true
        WHERE o.status = 'Pending'
        """;

    private const string UpdateSql = """
        UPDATE outbox SET status = @status, channel = @channel, correlation = @correlation, next_attempt_at = @next_attempt_at, message = @message
        WHERE id = @id
        """;

    public bool Add(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var added = PostgresOutboxRows.Add(connection, transaction, message);
        if (added)
        {
            using var notify = new NpgsqlCommand("SELECT pg_notify('slackbot_outbox', '')", connection, transaction);
            notify.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;
    }

    public OutboxMessage? Find(string id) => Messages("SELECT message::text FROM outbox WHERE id = @id", command => command.Parameters.AddWithValue("id", id)).SingleOrDefault();

    /// <summary>The due rows this replica may send, claimed for it until <see cref="ClaimLease"/> from <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<OutboxMessage> ReadDue(DateTimeOffset now, int max)
    {
        if (max <= 0) return [];
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@lock)", connection, transaction))
        {
            turn.Parameters.AddWithValue("lock", PostgresLocks.OutboxClaim);
            turn.ExecuteNonQuery();
        }

        var claimed = new List<(long Sequence, OutboxMessage Message)>();
        using (var claim = new NpgsqlCommand(ClaimSql, connection, transaction))
        {
            claim.Parameters.AddWithValue("replica", database.Replica);
            claim.Parameters.AddWithValue("now", PostgresJson.Instant(now));
            claim.Parameters.AddWithValue("until", PostgresJson.Instant(now + ClaimLease));
            claim.Parameters.AddWithValue("max", max);
            using var reader = claim.ExecuteReader();
            while (reader.Read()) claimed.Add((reader.GetInt64(0), PostgresJson.Deserialize<OutboxMessage>(reader.GetString(1))));
        }

        transaction.Commit();
        // UPDATE … RETURNING has no order of its own.
        return claimed.OrderBy(row => row.Sequence).Select(row => row.Message).ToList();
    }

    public DateTimeOffset? NextAttemptAt()
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(NextAttemptSql, connection);
        command.Parameters.AddWithValue("replica", database.Replica);
        command.Parameters.AddWithValue("now", PostgresJson.Instant(time.GetUtcNow()));
        var value = command.ExecuteScalar();
        return value is DateTime utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null;
    }

    /// <summary>Replaces the row's state and keeps its claim: a retry stays with this replica, so its channel keeps its order.</summary>
    public void Update(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(UpdateSql, connection);
        command.Parameters.AddWithValue("id", message.Id);
        command.Parameters.AddWithValue("status", message.Status.ToString());
        command.Parameters.AddWithValue("channel", (object?)message.Channel ?? DBNull.Value);
        command.Parameters.AddWithValue("correlation", (object?)message.Correlation ?? DBNull.Value);
        command.Parameters.AddWithValue("next_attempt_at", PostgresJson.Instant(message.NextAttemptAt));
        command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(message) });
        if (command.ExecuteNonQuery() == 0) throw new InvalidOperationException($"Outbox row {message.Id} does not exist.");
    }

    public IReadOnlyList<OutboxMessage> ReadParked(int max) =>
        Messages("SELECT message::text FROM outbox WHERE status = 'Parked' ORDER BY sequence DESC LIMIT @max", command => command.Parameters.AddWithValue("max", max));

    /// <summary>Counted on the partial index of pending rows (<c>outbox_pending</c>).</summary>
    public int CountPending()
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand("SELECT count(*) FROM outbox WHERE status = 'Pending'", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<OutboxMessage> All() => Messages("SELECT message::text FROM outbox ORDER BY sequence", _ => { });

    public IReadOnlyList<OutboxMessage> FindByCorrelation(string correlation) =>
        Messages("SELECT message::text FROM outbox WHERE correlation = @correlation ORDER BY sequence", command => command.Parameters.AddWithValue("correlation", correlation));

    private List<OutboxMessage> Messages(string sql, Action<NpgsqlCommand> bind)
    {
        using var connection = database.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        using var reader = command.ExecuteReader();
        var messages = new List<OutboxMessage>();
        while (reader.Read()) messages.Add(PostgresJson.Deserialize<OutboxMessage>(reader.GetString(0)));
        return messages;
    }
}
