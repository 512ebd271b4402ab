using BenchmarkDotNet.Running;

namespace SlackBot.Benchmarks;

internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // Not a BenchmarkDotNet run: a Stopwatch measurement across two PostgreSQL replicas (see FeedLag).
        if (args is ["--feed-lag"])
        {
            await FeedLag.RunAsync();
            return;
        }

        // Not a BenchmarkDotNet run either: start-up to /healthz 200 and idle memory of the built program (see StartupProbe).
        if (args is ["--startup", .. var rest])
        {
            await StartupProbe.RunAsync(rest);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
