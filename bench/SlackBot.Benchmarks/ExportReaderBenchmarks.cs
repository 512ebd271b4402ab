using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using SlackBot.Features.Import.Export;

namespace SlackBot.Benchmarks;

/// <summary>
/// Reading a large workspace export end to end: every day file of every channel, folder and zip. Each
/// operation is one message (OperationsPerInvoke), so Mean is the time per message and Allocated the
/// bytes per message; messages per second is 1 / Mean. The export is generated once per run.
/// </summary>
[MemoryDiagnoser]
public class ExportReaderBenchmarks
{
    private const int ChannelCount = 20;
    private const int DaysPerChannel = 60;
    private const int MessagesPerDay = 500;
    private const int TotalMessages = ChannelCount * DaysPerChannel * MessagesPerDay;

    private string root = "";
    private string folder = "";
    private string zip = "";

    [GlobalSetup]
    public void WriteExport()
    {
        root = Path.Combine(Path.GetTempPath(), "slackbot-export-bench-" + Guid.NewGuid().ToString("N"));
        folder = Path.Combine(root, "export");
        zip = Path.Combine(root, "export.zip");
        GeneratedExport.Write(folder, ChannelCount, DaysPerChannel, MessagesPerDay);
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
    }

    [GlobalCleanup]
    public void DeleteExport() => Directory.Delete(root, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalMessages)]
    public int ReadFolder() => ReadEverything(folder);

    [Benchmark(OperationsPerInvoke = TotalMessages)]
    public int ReadZip() => ReadEverything(zip);

    private static int ReadEverything(string path)
    {
        using var export = SlackExport.Open(path);
        var messages = 0;
        foreach (var channel in export.Channels)
        {
            foreach (var day in export.Days(channel)) messages += day.Messages.Count;
        }

        return messages == TotalMessages && export.Problems.Count == 0
            ? messages
            : throw new InvalidOperationException($"Read {messages} messages and {export.Problems.Count} problems.");
    }
}
