using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Storage;

namespace SlackBot.Benchmarks;

/// <summary>
/// <c>--feed-lag</c>: two replicas on one PostgreSQL database, each with its own in-memory search index and its hosted
/// services running (as tests/SlackBot.Tests/Storage/Postgres/PostgresReplicas.cs). A finding saved on A is timed until
/// B's <c>/learn search</c> finds it (<c>PostgresFindingFeed</c>: a trigger, NOTIFY, then B re-reads and indexes it).
/// A Stopwatch, not BenchmarkDotNet: one measurement is one save and a wait on another process's background service.
/// </summary>
internal static class FeedLag
{
    private const int Iterations = 20;
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    public static async Task RunAsync()
    {
        var target = BenchStorage.NewPostgresDatabase();
        Console.WriteLine($"Feed lag on {BenchStorage.PostgresSource}, {Iterations} findings, load average {LoadAverage()}");
        var replicas = new List<(BenchStorage Storage, List<IHostedService> Hosted)>();
        try
        {
            foreach (var _ in new[] { "A", "B" }) replicas.Add(await StartReplicaAsync(target));
            var a = replicas[0].Storage.Services;
            var b = replicas[1].Storage.Services.GetRequiredService<IFindingSearch>();
            var candidates = GeneratedFindings.Generate(200, 300).Where(finding => !finding.FromPrivateChannel).ToList();
            var saves = new List<double>();
            var lags = new List<double>();
            for (var i = 0; i < Iterations; i++)
            {
                var word = "lagmarker" + Letters(i);
                var finding = candidates[i] with { Id = "note:EvLag" + i.ToString(CultureInfo.InvariantCulture), Text = candidates[i].Text + " " + word, Visibility = FindingVisibility.Organisation };
                var clock = Stopwatch.StartNew();
                await a.GetRequiredService<IFindingStore>().SaveAsync(finding, CancellationToken.None);
                saves.Add(clock.Elapsed.TotalMilliseconds);
                while (!await FoundAsync(b, word, finding.Id))
                {
                    if (clock.Elapsed > GiveUp) throw new TimeoutException($"replica B did not find {finding.Id} in {GiveUp.TotalSeconds} s");
                    await Task.Delay(1);
                }

                lags.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"save on A (commit):            median {Median(saves):0.0} ms, max {saves.Max():0.0} ms");
            Console.WriteLine($"save on A to found on B:       median {Median(lags):0.0} ms, p90 {Percentile(lags, 0.9):0.0} ms, max {lags.Max():0.0} ms");
            Console.WriteLine($"(the feed polls every {SlackBot.Storage.Postgres.PostgresFindingFeed.PollInterval.TotalSeconds:0} s when no notification arrives)");
        }
        finally
        {
            foreach (var (storage, hosted) in replicas)
            {
                foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
                await storage.Services.DisposeAsync();
            }

            BenchStorage.DropDatabase(target.Database, target.ServerConnection);
        }
    }

    private static async Task<(BenchStorage, List<IHostedService>)> StartReplicaAsync((string Database, string ConnectionString, string? ServerConnection) target)
    {
        // Disposed by RunAsync (services only: the database is shared and dropped once at the end).
        var storage = BenchStorage.OnPostgres((target.Database, target.ConnectionString, null), services =>
        {
            // AddFindingSearch, with the index in memory instead of next to a LiteDB file.
            services.AddSingleton(provider => LuceneFindingSearch.InMemory(TimeProvider.System, provider.GetRequiredService<ILogger<LuceneFindingSearch>>()));
            services.AddSingleton<IFindingSearch>(provider => provider.GetRequiredService<LuceneFindingSearch>());
            services.AddSingleton<IFindingObserver, SearchIndexUpdater>();
            services.AddHostedService<SearchIndexStartup>();
        });
        var hosted = storage.Services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        return (storage, hosted);
    }

    private static async Task<bool> FoundAsync(IFindingSearch search, string word, string id) =>
        (await search.SearchAsync(new SearchQuery(word, SearchVisibility.PublicOnly), CancellationToken.None)).Hits.Any(hit => hit.FindingId == id);

    private static string Letters(int number) => new([(char)('a' + number / 26 % 26), (char)('a' + number % 26)]);

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
