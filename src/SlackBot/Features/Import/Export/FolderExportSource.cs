namespace SlackBot.Features.Import.Export;

/// <summary>An export unpacked into a folder.</summary>
internal sealed class FolderExportSource(string root) : ExportSource
{
    private readonly string root = Path.GetFullPath(root);

    public override Stream? OpenRead(string path)
    {
        var file = Path.Combine(root, path);
        if (!File.Exists(file)) return null;

        // Sequential scan: day files are read once, front to back.
        return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    public override IReadOnlyList<string> FileNamesIn(string folder)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory).Select(file => Path.GetFileName(file))]
            : [];
    }
}
