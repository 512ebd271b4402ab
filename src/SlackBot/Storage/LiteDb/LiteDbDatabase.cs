using System.Runtime.InteropServices;
using LiteDB;
using LiteDB.Engine;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// The process's one LiteDB instance, with an explicit mapper. <see cref="InTransaction{T}"/> runs synchronous work in
/// one transaction: LiteDB binds a transaction to the calling thread, so nothing inside may await. Engine calls run one
/// at a time (<see cref="SerializedLiteEngine"/>), and an open transaction holds off every other thread until it ends.
/// </summary>
public sealed class LiteDbDatabase : IDisposable
{
    private readonly string? _path;

    private LiteDbDatabase(LiteDatabase lite, string? path)
    {
        Lite = lite;
        _path = path;
    }

    public LiteDatabase Lite { get; }

    /// <summary>
    /// Opens the file in direct mode: one process owns it. Inserts are cheap there, but LiteDB only writes them
    /// through the OS cache; <see cref="FlushToDisk"/> makes a group of commits durable with one sync.
    /// </summary>
    /// <exception cref="StorageOpenException">The file is locked by another process, unreadable, damaged or from a
    /// newer version of the bot; the message names the file, and nothing in it was changed.</exception>
    public static LiteDbDatabase OpenFile(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        // Direct mode: the engine LiteDatabase builds for ConnectionType.Direct, with the same (default) settings.
        var settings = new EngineSettings { Filename = fullPath };
        LiteDatabase lite;
        try
        {
            // A file shorter than one LiteDB page, yet not empty, is a damaged file LiteDB would otherwise start over.
            if (File.Exists(fullPath) && new FileInfo(fullPath).Length is > 0 and var length && length % PageSize != 0)
                throw new StorageOpenException(fullPath, $"it is {length} bytes long, not a whole number of {PageSize}-byte pages (truncated or not a LiteDB file)");
            lite = Serialized(new LiteEngine(settings));
        }
        catch (IOException exception)
        {
            throw new StorageOpenException(fullPath, exception.Message.Contains("used by another process", StringComparison.OrdinalIgnoreCase)
                ? "another process has it open (is another SlackBot running on it?)" : exception.Message);
        }
        catch (UnauthorizedAccessException)
        {
            throw new StorageOpenException(fullPath, "this user may not read and write it (check its owner and permissions)");
        }
        catch (LiteException exception)
        {
            throw new StorageOpenException(fullPath, $"LiteDB cannot read it ({exception.Message})");
        }

        try
        {
            if (lite.UserVersion > SchemaVersion)
                throw new StorageOpenException(fullPath, $"it was written by a newer SlackBot (schema {lite.UserVersion}, this version knows {SchemaVersion}); run that version, or restore a backup");
            if (lite.UserVersion < SchemaVersion) lite.UserVersion = SchemaVersion;
        }
        catch (Exception exception) when (exception is LiteException or IOException)
        {
            lite.Dispose();
            throw new StorageOpenException(fullPath, $"LiteDB cannot read it ({exception.Message})");
        }
        catch
        {
            lite.Dispose();
            throw;
        }

        return new LiteDbDatabase(lite, fullPath);
    }

    /// <summary>
    /// The layout of the documents this version writes, kept in the file's header (LiteDB's user version). A file with a
    /// higher number came from a newer bot whose documents this one could misread and overwrite, so it is refused. Raise it
    /// when a change is not readable by the previous version; <see cref="StoreUpgrades"/> carries older files forward.
    /// </summary>
    public const int SchemaVersion = 1;

    private const int PageSize = 8192;

    /// <summary>An in-memory database for tests and throw-away runs.</summary>
    public static LiteDbDatabase InMemory() => Over(new LiteEngine(new EngineSettings { DataStream = new MemoryStream() }));

    /// <summary>A database over a given engine, with no file to sync: tests wrap the real engine to watch its calls.</summary>
    internal static LiteDbDatabase Over(ILiteEngine engine) => new(Serialized(engine), null);

    /// <summary>Every engine call runs alone: see <see cref="SerializedLiteEngine"/> for the LiteDB race this avoids.</summary>
    private static LiteDatabase Serialized(ILiteEngine engine) => new(new SerializedLiteEngine(engine), DocumentMapper.Create());

    public ILiteCollection<T> Collection<T>(string name) => Lite.GetCollection<T>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on this thread: all of its writes commit, or none do. Transactions
    /// do not nest (a unit of work is one transaction), so calling this from inside <paramref name="work"/> throws.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        if (!Lite.BeginTrans())
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread; transactions do not nest.");

        try
        {
            var result = work();
            Lite.Commit();
            return result;
        }
        catch
        {
            Lite.Rollback();
            throw;
        }
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
