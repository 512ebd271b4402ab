namespace SlackBot.Features.Import.Export;

/// <summary>
/// The files of an export, wherever they are stored. Paths are relative to the export's root and
/// '/'-separated ("general/2026-11-05.json"), the same for a folder and a zip.
/// </summary>
internal abstract class ExportSource : IDisposable
{
    /// <summary>Opens a file for reading, or returns null when the export has no such file.</summary>
    public abstract Stream? OpenRead(string path);

    /// <summary>The names (not paths) of the files directly inside a folder; empty when there is no such folder.</summary>
    public abstract IReadOnlyList<string> FileNamesIn(string folder);

    public virtual void Dispose()
    {
    }

    /// <summary>A folder on disk, or a .zip file as Slack hands it out.</summary>
    public static ExportSource Open(string path)
    {
        if (Directory.Exists(path)) return new FolderExportSource(path);
        if (File.Exists(path)) return ZipExportSource.OpenArchive(path);
        throw new ExportException($"There is no Slack export at '{path}': no such folder or file.");
    }
}
