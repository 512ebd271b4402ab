namespace SlackBot.Features.Import.Export;

/// <summary>An export unpacked into a folder.</summary>
internal sealed class FolderExportSource(string root) : ExportSource
{
    private readonly string root = Path.GetFullPath(root);

    public override Stream? OpenRead(string path)
    {
        try
        {
            // Unbuffered (bufferSize 1): the JSON reader asks for large blocks itself. Read once, front to back.
            return new FileStream(Path.Combine(root, path), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public override IReadOnlyList<string> FileNamesIn(string folder)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory).Select(file => Path.GetFileName(file))]
            : [];
    }
}
