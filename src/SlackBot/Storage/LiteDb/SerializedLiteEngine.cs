using LiteDB;
using LiteDB.Engine;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Runs one LiteDB engine operation at a time. LiteDB 5.0.21's page cache has a race (litedb-org/LiteDB#2817, also
/// #2252/#2282): <c>MemoryCache.Extend()</c> can recycle a cached page while another thread has looked it up but not
/// yet pinned it, and the engine then fails every later transaction with "ENSURE: pages in memory store must be
/// non-shared". One monitor around every call removes the concurrency the race needs.
/// An explicit transaction keeps the monitor from <see cref="BeginTrans"/> to its thread's <see cref="Commit"/> or
/// <see cref="Rollback"/>: LiteDB binds a transaction (and the collection locks it holds) to its thread, so releasing
/// the monitor between its calls would let another thread wait, inside the monitor, for a lock the transaction owner
/// can only release by getting the monitor back.
/// </summary>
internal sealed class SerializedLiteEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly Lock _gate = new();

    /// <summary>The thread whose explicit transaction holds the monitor; only read or written while holding it.</summary>
    private Thread? _transactionOwner;

    public bool BeginTrans()
    {
        _gate.Enter();
        bool began;
        try
        {
            began = inner.BeginTrans();
        }
        catch
        {
            _gate.Exit();
            throw;
        }

        // False: this thread already has a transaction, and that one holds the monitor already.
        if (began) _transactionOwner = Thread.CurrentThread;
        else _gate.Exit();
        return began;
    }

    public bool Commit()
    {
        lock (_gate)
        {
            // A failed commit leaves the transaction open (and the monitor held) for the caller's rollback.
            var committed = inner.Commit();
            ReleaseTransaction();
            return committed;
        }
    }

    public bool Rollback()
    {
        lock (_gate)
        {
            try
            {
                return inner.Rollback();
            }
            finally
            {
                // Even a failed rollback ends the transaction for us: holding the monitor for ever would stop every thread.
                ReleaseTransaction();
            }
        }
    }

    /// <summary>Gives back the monitor entry its <see cref="BeginTrans"/> kept, if this thread's transaction holds one.</summary>
    private void ReleaseTransaction()
    {
        if (_transactionOwner != Thread.CurrentThread) return;
        _transactionOwner = null;
        _gate.Exit();
    }

    /// <summary>
    /// Reads the whole result inside the monitor: LiteDB's own reader reads pages lazily in <c>Read()</c>, which would
    /// run outside it.
    /// </summary>
    public IBsonDataReader Query(string collection, Query query)
    {
        lock (_gate)
        {
            using var reader = inner.Query(collection, query);
            var values = new List<BsonValue>();
            while (reader.Read()) values.Add(reader.Current);
            return new MaterialisedDataReader(values, reader.Collection);
        }
    }

    public int Checkpoint()
    {
        lock (_gate) return inner.Checkpoint();
    }

    public long Rebuild(RebuildOptions options)
    {
        lock (_gate) return inner.Rebuild(options);
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        lock (_gate) return inner.Insert(collection, docs, autoId);
    }

    public int Update(string collection, IEnumerable<BsonDocument> docs)
    {
        lock (_gate) return inner.Update(collection, docs);
    }

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate)
    {
        lock (_gate) return inner.UpdateMany(collection, transform, predicate);
    }

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        lock (_gate) return inner.Upsert(collection, docs, autoId);
    }

    public int Delete(string collection, IEnumerable<BsonValue> ids)
    {
        lock (_gate) return inner.Delete(collection, ids);
    }

    public int DeleteMany(string collection, BsonExpression predicate)
    {
        lock (_gate) return inner.DeleteMany(collection, predicate);
    }

    public bool DropCollection(string name)
    {
        lock (_gate) return inner.DropCollection(name);
    }

    public bool RenameCollection(string name, string newName)
    {
        lock (_gate) return inner.RenameCollection(name, newName);
    }

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique)
    {
        lock (_gate) return inner.EnsureIndex(collection, name, expression, unique);
    }

    public bool DropIndex(string collection, string name)
    {
        lock (_gate) return inner.DropIndex(collection, name);
    }

    public BsonValue Pragma(string name)
    {
        lock (_gate) return inner.Pragma(name);
    }

    public bool Pragma(string name, BsonValue value)
    {
        lock (_gate) return inner.Pragma(name, value);
    }

    public void Dispose()
    {
        lock (_gate) inner.Dispose();
    }
}
