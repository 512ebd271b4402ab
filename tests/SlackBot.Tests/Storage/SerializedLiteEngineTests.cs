using LiteDB;
using LiteDB.Engine;
using SlackBot.Storage.LiteDb;
using SlackBot.Testing;

namespace SlackBot.Tests.Storage;

/// <summary>
/// LiteDB 5.0.21 breaks under concurrent engine calls (its page-cache race, litedb-org/LiteDB#2817), so the database
/// runs them one at a time; these check that it does, that explicit transactions cannot deadlock, and that the data
/// comes out right.
/// </summary>
public class SerializedLiteEngineTests
{
    private const int Threads = 8;
    private const int Rounds = 60;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Test]
    public void Many_threads_of_reads_inserts_and_transactions_all_finish_with_the_right_data()
    {
        using var folder = new TempDirectory();
        using var database = LiteDbDatabase.OpenFile(folder.File("bot.db"));

        var failures = RunMixedLoad(database);

        var notes = database.Collection<BsonDocument>("notes");
        var pairs = database.Collection<BsonDocument>("pairs");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(notes.Count(), Is.EqualTo(Threads * Rounds * 2), "one plain insert and one in a transaction per round");
            Assert.That(pairs.Count(), Is.EqualTo(Threads * Rounds), "the transactions' second writes");
            Assert.That(notes.Count(Query.EQ("rolledBack", true)), Is.Zero, "rolled-back writes stay out");
        });
    }

    [Test]
    public void No_two_engine_operations_ever_overlap()
    {
        var probe = new OverlapProbeEngine(new LiteEngine(new EngineSettings { DataStream = new MemoryStream() }));
        using var database = LiteDbDatabase.Over(probe);

        var failures = RunMixedLoad(database);

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(probe.Calls, Is.GreaterThan(Threads * Rounds * 5), "the probe saw the load");
            Assert.That(probe.Overlaps, Is.Zero, "a call or a result read ran beside another, or inside another thread's transaction");
        });
    }

    [Test]
    public async Task A_read_started_during_another_threads_transaction_waits_for_it_and_sees_its_writes()
    {
        using var database = LiteDbDatabase.InMemory();
        var notes = database.Collection<BsonDocument>("notes");
        var readerStarting = new ManualResetEventSlim();
        Task<int>? reader = null;

        var writer = Task.Factory.StartNew(() => database.InTransaction(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = "first" });
            reader = Task.Factory.StartNew(() =>
            {
                readerStarting.Set();
                return notes.Count();
            }, TaskCreationOptions.LongRunning);
            // Whatever the reader does now, it must not get in before this transaction ends.
            Assert.That(readerStarting.Wait(Generous), Is.True, "the reader thread started");
            notes.Insert(new BsonDocument { ["_id"] = "second" });
            return true;
        }), TaskCreationOptions.LongRunning);

        Assert.That(await writer.WaitAsync(Generous), Is.True);
        Assert.That(await reader!.WaitAsync(Generous), Is.EqualTo(2), "the reader ran after the commit");
    }

    [Test]
    public async Task A_nested_begin_or_a_failed_commit_leaves_the_database_free_for_other_threads()
    {
        var probe = new OverlapProbeEngine(new LiteEngine(new EngineSettings { DataStream = new MemoryStream() }));
        using var database = LiteDbDatabase.Over(probe);
        var notes = database.Collection<BsonDocument>("notes");

        Assert.Throws<InvalidOperationException>(() => database.InTransaction(() => database.InTransaction(() => notes.Insert(new BsonDocument { ["_id"] = "nested" }))));
        probe.FailNextCommit = true;
        Assert.Throws<IOException>(() => database.InTransaction(() => notes.Insert(new BsonDocument { ["_id"] = "unlucky" })));

        var other = Task.Factory.StartNew(() => database.InTransaction(() => notes.Insert(new BsonDocument { ["_id"] = "other" })),
            TaskCreationOptions.LongRunning);

        Assert.That(await other.WaitAsync(Generous), Is.EqualTo(new BsonValue("other")), "another thread got the engine");
        Assert.That(notes.FindAll().Select(note => note["_id"].AsString), Is.EqualTo(new[] { "other" }), "both failed transactions rolled back");
    }

    [Test]
    public void A_query_result_reads_like_LiteDBs_own_reader()
    {
        using var database = LiteDbDatabase.InMemory();
        var notes = database.Collection<BsonDocument>("notes");
        notes.Insert(new BsonDocument { ["_id"] = "a", ["n"] = 1 });
        notes.Insert(new BsonDocument { ["_id"] = "b", ["n"] = 2 });

        using var reader = database.Lite.Execute("SELECT $ FROM notes ORDER BY n");
        var seen = new List<int>();
        Assert.That(reader.HasValues, Is.True);
        while (reader.Read()) seen.Add(reader["n"].AsInt32);

        using var empty = database.Lite.Execute("SELECT $ FROM notes WHERE n > 5");
        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(reader.Collection, Is.EqualTo("notes"));
            Assert.That(reader.Read(), Is.False, "stays at the end");
            Assert.That(empty.HasValues, Is.False);
            Assert.That(empty.Read(), Is.False);
        });
    }

    /// <summary>
    /// Each thread, per round: a plain insert, a read of its own notes, a transaction of two writes (checked from
    /// inside), and a transaction that fails and must leave nothing. Returns what went wrong, empty when all went right.
    /// </summary>
    private static List<string> RunMixedLoad(LiteDbDatabase database)
    {
        var notes = database.Collection<BsonDocument>("notes");
        var pairs = database.Collection<BsonDocument>("pairs");
        notes.EnsureIndex("thread", "$.thread");
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            start.Wait();
            for (var round = 0; round < Rounds; round++)
            {
                notes.Insert(new BsonDocument { ["_id"] = $"{thread}-{round}-plain", ["thread"] = thread });
                var mine = notes.Find(Query.EQ("thread", thread)).Count();
                if (mine != round * 2 + 1) failures.Enqueue($"thread {thread} round {round} saw {mine} of its notes, not {round * 2 + 1}");

                database.InTransaction(() =>
                {
                    notes.Insert(new BsonDocument { ["_id"] = $"{thread}-{round}-tx", ["thread"] = thread });
                    pairs.Insert(new BsonDocument { ["_id"] = $"{thread}-{round}" });
                    if (notes.FindById($"{thread}-{round}-tx") is null) failures.Enqueue($"thread {thread} round {round} did not see its own write");
                    return true;
                });

                try
                {
                    database.InTransaction<bool>(() =>
                    {
                        notes.Insert(new BsonDocument { ["_id"] = $"{thread}-{round}-lost", ["rolledBack"] = true });
                        throw new InvalidOperationException("this work fails");
                    });
                }
                catch (InvalidOperationException)
                {
                    // Expected: its write must be rolled back.
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        start.Set();
        if (!Task.WaitAll(workers, Generous)) failures.Enqueue($"the threads did not all finish within {Generous.TotalSeconds} s (deadlock?)");
        return [.. failures];
    }
}
