using BenchmarkDotNet.Attributes;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;

namespace SlackBot.Benchmarks;

/// <summary>
/// Writing the outbox in a LiteDB file: enqueueing one message to post (its own transaction, as <see cref="Outbox"/>
/// does for a message no state change causes) and recording one attempt's result (the sender's update after a post).
/// The file is not synced per row: a queued message that a crash loses was never promised to anyone.
/// </summary>
[MemoryDiagnoser]
public class OutboxBenchmarks
{
    private string _directory = "";
    private LiteDbDatabase _database = null!;
    private LiteDbOutboxStore _store = null!;
    private OutboxMessage _sent = null!;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "slackbot-bench-outbox-" + Guid.NewGuid().ToString("N"));
        _database = LiteDbDatabase.OpenFile(Path.Combine(_directory, "bench.db"));
        _store = new LiteDbOutboxStore(_database);
        _sent = Message("sent-row") with { Status = OutboxStatus.Sent, Attempts = 1, ResultTs = "1764600043.000200" };
        _store.Add(Message("sent-row"));
    }

    [Benchmark]
    public bool Enqueue() => _store.Add(Message("row-" + Interlocked.Increment(ref _next)));

    [Benchmark]
    public void Record_an_attempt() => _store.Update(_sent with { SentAt = DateTimeOffset.UtcNow });

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static OutboxMessage Message(string id) => new()
    {
        Id = id,
        Kind = OutboxKind.PostMessage,
        Channel = "C0INC",
        Payload = """{"channel":"C0INC","thread_ts":"1764600042.000100","text":"<@U0PERSON07> what told you the backfill script was the one to run?"}""",
        CreatedAt = DateTimeOffset.UtcNow,
        NextAttemptAt = DateTimeOffset.UtcNow,
    };
}
