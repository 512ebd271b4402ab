namespace SlackBot.Features.Import.Export;

/// <summary>
/// The path given is not a readable Slack export at all (missing, not a folder or .zip, or without a
/// usable <c>channels.json</c>). Smaller faults inside an export do not throw: they become
/// <see cref="SlackExport.Problems"/>.
/// </summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
