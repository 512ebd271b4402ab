using System.IO.Compression;

namespace SlackBot.Features.Import.Export;

/// <summary>
/// An export still in its .zip. Slack puts channels.json at the root of the archive; archives made by
/// zipping an unpacked export put everything one folder down, so the shallowest channels.json marks the root.
/// </summary>
internal sealed class ZipExportSource : ExportSource
{
    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> files;

    // Folder → file names, built once: a large export has one folder per channel and thousands of day files.
    private readonly Dictionary<string, List<string>> folders;

    private ZipExportSource(ZipArchive archive, Dictionary<string, ZipArchiveEntry> files)
    {
        this.archive = archive;
        this.files = files;
        folders = [];
        foreach (var name in files.Keys)
        {
            var slash = name.LastIndexOf('/');
            var folder = slash < 0 ? "" : name[..slash];
            if (!folders.TryGetValue(folder, out var names)) folders[folder] = names = [];
            names.Add(name[(slash + 1)..]);
        }
    }

    public static ZipExportSource OpenArchive(string path)
    {
        ZipArchive archive;
        IReadOnlyCollection<ZipArchiveEntry> listed;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException error)
        {
            throw new ExportException($"'{path}' is not a Slack export: it is a file but not a .zip archive.", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"The Slack export '{path}' cannot be opened: {error.Message}", error);
        }

        try
        {
            // The central directory is read on first use; a damaged one fails here, not at open.
            listed = archive.Entries;
        }
        catch (InvalidDataException error)
        {
            archive.Dispose();
            throw new ExportException($"'{path}' is not a readable Slack export: the .zip archive is damaged ({error.Message}).", error);
        }

        var entries = listed
            .Where(entry => !entry.FullName.EndsWith('/'))
            .Select(entry => (Name: entry.FullName.Replace('\\', '/'), Entry: entry))
            .ToList();
        var root = entries
            .Where(file => file.Name == ExportFiles.Channels || file.Name.EndsWith("/" + ExportFiles.Channels, StringComparison.Ordinal))
            .Select(file => file.Name[..^ExportFiles.Channels.Length])
            .OrderBy(prefix => prefix.Length)
            .FirstOrDefault() ?? "";

        var files = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var (name, entry) in entries.Where(file => file.Name.StartsWith(root, StringComparison.Ordinal)))
        {
            files.TryAdd(name[root.Length..], entry);
        }

        return new ZipExportSource(archive, files);
    }

    public override Stream? OpenRead(string path) =>
        files.TryGetValue(path, out var entry) ? entry.Open() : null;

    public override IReadOnlyList<string> FileNamesIn(string folder) =>
        folders.TryGetValue(folder, out var names) ? names : [];

    public override void Dispose() => archive.Dispose();
}
