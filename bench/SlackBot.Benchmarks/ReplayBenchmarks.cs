using BenchmarkDotNet.Attributes;
using SlackBot.Features.Import;
using SlackBot.Features.Import.Export;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Benchmarks;

/// <summary>
/// <c>replay</c>'s work on a large generated export: read every day file, judge every person's message with the
/// moment detector, compose a question for each moment. One operation is one message, so Mean is the time per
/// message and messages per second is 1 / Mean.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private const int ChannelCount = 4;
    private const int DaysPerChannel = 10;
    private const int MessagesPerDay = 500;
    private const int TotalMessages = ChannelCount * DaysPerChannel * MessagesPerDay;

    private string _folder = "";
    private ExportReplay _replay = null!;

    [GlobalSetup]
    public void WriteExport()
    {
        _folder = Path.Combine(Path.GetTempPath(), "slackbot-replay-bench-" + Guid.NewGuid().ToString("N"));
        GeneratedExport.Write(_folder, ChannelCount, DaysPerChannel, MessagesPerDay);
        _replay = new ExportReplay(new MomentDetector(), new QuestionComposer(QuestionBank.LoadDefault()), "mag");
        // Warm the detector's compiled patterns outside the measurement.
        _ = new MomentDetector().Detect("weird, the graph went flat");
    }

    [GlobalCleanup]
    public void DeleteExport() => Directory.Delete(_folder, recursive: true);

    [Benchmark(OperationsPerInvoke = TotalMessages)]
    public int Replay()
    {
        using var export = SlackExport.Open(_folder);
        var moments = 0;
        foreach (var channel in export.Channels) moments += _replay.MomentsIn(export, channel).Count();
        return moments > 0 ? moments : throw new InvalidOperationException("The generated export produced no moments.");
    }
}
