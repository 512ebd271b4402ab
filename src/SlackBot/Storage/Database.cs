using System.Runtime.InteropServices;
using LiteDB;

namespace SlackBot.Storage;

/// <summary>
/// The process's one LiteDB instance, with an explicit mapper. <see cref="Write{T}"/> runs a synchronous unit
/// of work in one transaction (LiteDB binds transactions to the thread, so there is no await inside), and
/// runs after-commit actions such as waking the outbox sender.
/// </summary>
public sealed class Database : IDisposable
{
    [ThreadStatic] private static List<Action>? _afterCommit;

    private readonly string? _path;

    private Database(LiteDatabase lite, string? path)
    {
        Lite = lite;
        _path = path;
    }

    public LiteDatabase Lite { get; }

    /// <summary>
    /// Opens the file in direct mode: one process owns it. Inserts are cheap there, but LiteDB only writes them
    /// through the OS cache; <see cref="FlushToDisk"/> makes a group of commits durable with one sync.
    /// </summary>
    public static Database OpenFile(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var connection = new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct };
        return new Database(new LiteDatabase(connection, DocumentMapper.Create()), fullPath);
    }

    /// <summary>An in-memory database for tests and throw-away runs.</summary>
    public static Database InMemory() => new(new LiteDatabase(new MemoryStream(), DocumentMapper.Create()), null);

    public ILiteCollection<T> Collection<T>(string name) => Lite.GetCollection<T>(name);

    /// <summary>True while the current thread is inside <see cref="Write{T}"/>.</summary>
    public static bool InTransaction => _afterCommit is not null;

    /// <summary>Runs <paramref name="work"/> in one transaction; nested calls join the outer one.</summary>
    public T Write<T>(Func<T> work)
    {
        if (InTransaction) return work();

        _afterCommit = [];
        var actions = _afterCommit;
        try
        {
            Lite.BeginTrans();
            T result;
            try
            {
                result = work();
                Lite.Commit();
            }
            catch
            {
                Lite.Rollback();
                throw;
            }

            _afterCommit = null;
            foreach (var action in actions) action();
            return result;
        }
        finally
        {
            _afterCommit = null;
        }
    }

    public void Write(Action work) => Write(() =>
    {
        work();
        return true;
    });

    /// <summary>Runs <paramref name="action"/> once the current transaction commits, or now if there is none.</summary>
    public static void AfterCommit(Action action)
    {
        if (_afterCommit is { } pending) pending.Add(action);
        else action();
    }

    /// <summary>
    /// Forces what LiteDB has written (data file and its <c>-log</c> file) to the disk: one fsync per file for a
    /// whole group of commits. A no-op for in-memory databases.
    /// </summary>
    public void FlushToDisk()
    {
        if (_path is null) return;
        foreach (var file in new[] { _path, LogFileOf(_path) })
        {
            if (!File.Exists(file)) continue;
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (OperatingSystem.IsWindows()) continue; // Windows flushes through the file's own handle; not our deployment target.
            if (NativeMethods.fsync(handle.DangerousGetHandle().ToInt32()) != 0)
                throw new IOException($"fsync failed for {file} (errno {Marshal.GetLastWin32Error()}).");
        }
    }

    private static string LogFileOf(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!,
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    public void Dispose() => Lite.Dispose();
}
