using SlackBot.Hosting;

namespace SlackBot.Storage.LiteDb;

/// <summary>The data file cannot be used; start-up stops with this one line, and the file is left as it was.</summary>
public sealed class StorageOpenException(string path, string reason)
    : StartupException($"the data file {path} (Storage:Path) cannot be opened: {reason}. Nothing in it was changed.")
{
    public string Path { get; } = path;
}
