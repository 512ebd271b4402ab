using LiteDB;
using LiteDB.Engine;

namespace SlackBot.Tests.Storage;

/// <summary>
/// Wraps a real engine and records any call (or result read) that runs while another one is under way, or while a
/// different thread has an explicit transaction open: what the serialised engine must never let happen.
/// </summary>
internal sealed class OverlapProbeEngine(ILiteEngine inner) : ILiteEngine
{
    private int _inFlight;
    private int _overlaps;
    private int _calls;
    private Thread? _transactionOwner;

    /// <summary>Calls that started while another call was running, or while another thread's transaction was open.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Makes the next <see cref="Commit"/> throw after committing nothing, as a failing disk would.</summary>
    public bool FailNextCommit { get; set; }

    private T Watch<T>(Func<T> call)
    {
        Interlocked.Increment(ref _calls);
        var owner = Volatile.Read(ref _transactionOwner);
        if (Interlocked.Increment(ref _inFlight) > 1 || (owner is not null && owner != Thread.CurrentThread))
            Interlocked.Increment(ref _overlaps);
        try
        {
            // A moment inside each call, so that calls which could overlap do.
            Thread.SpinWait(200);
            return call();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public bool BeginTrans() => Watch(() =>
    {
        var began = inner.BeginTrans();
        if (began) Volatile.Write(ref _transactionOwner, Thread.CurrentThread);
        return began;
    });

    public bool Commit() => Watch(() =>
    {
        if (FailNextCommit)
        {
            FailNextCommit = false;
            throw new IOException("the probe failed this commit");
        }

        var committed = inner.Commit();
        EndTransaction();
        return committed;
    });

    public bool Rollback() => Watch(() =>
    {
        var rolledBack = inner.Rollback();
        EndTransaction();
        return rolledBack;
    });

    private void EndTransaction()
    {
        if (Volatile.Read(ref _transactionOwner) == Thread.CurrentThread) Volatile.Write(ref _transactionOwner, null);
    }

    public IBsonDataReader Query(string collection, Query query) => new WatchedReader(this, Watch(() => inner.Query(collection, query)));

    public int Checkpoint() => Watch(inner.Checkpoint);
    public long Rebuild(RebuildOptions options) => Watch(() => inner.Rebuild(options));
    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Watch(() => inner.Insert(collection, docs, autoId));
    public int Update(string collection, IEnumerable<BsonDocument> docs) => Watch(() => inner.Update(collection, docs));
    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Watch(() => inner.UpdateMany(collection, transform, predicate));
    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Watch(() => inner.Upsert(collection, docs, autoId));
    public int Delete(string collection, IEnumerable<BsonValue> ids) => Watch(() => inner.Delete(collection, ids));
    public int DeleteMany(string collection, BsonExpression predicate) => Watch(() => inner.DeleteMany(collection, predicate));
    public bool DropCollection(string name) => Watch(() => inner.DropCollection(name));
    public bool RenameCollection(string name, string newName) => Watch(() => inner.RenameCollection(name, newName));
    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Watch(() => inner.EnsureIndex(collection, name, expression, unique));
    public bool DropIndex(string collection, string name) => Watch(() => inner.DropIndex(collection, name));
    public BsonValue Pragma(string name) => Watch(() => inner.Pragma(name));
    public bool Pragma(string name, BsonValue value) => Watch(() => inner.Pragma(name, value));
    public void Dispose() => inner.Dispose();

    /// <summary>LiteDB reads a query's pages as its reader moves, so each move is watched like a call.</summary>
    private sealed class WatchedReader(OverlapProbeEngine probe, IBsonDataReader reader) : IBsonDataReader
    {
        public BsonValue this[string field] => reader[field];
        public string Collection => reader.Collection;
        public BsonValue Current => reader.Current;
        public bool HasValues => reader.HasValues;
        public bool Read() => probe.Watch(reader.Read);
        public void Dispose() => probe.Watch(() =>
        {
            reader.Dispose();
            return true;
        });
    }
}
