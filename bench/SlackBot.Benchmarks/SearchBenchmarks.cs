using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Benchmarks;

/// <summary>
/// <c>/learn search</c> over 100,000 findings (300 incidents over two years, a tenth private), on the index as the bot
/// keeps it: a folder on disk next to the database. One operation is one whole search: query, visibility, ranking,
/// and the highlighted excerpts of the ten hits. The target is at most 50 ms.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const int Findings = 100_000;
    private const int Incidents = 300;

    private string _folder = "";
    private LuceneFindingSearch _search = null!;
    private SearchVisibility _memberOfThree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "slackbot-bench-search-" + Guid.NewGuid().ToString("N"));
        _search = LuceneFindingSearch.OpenFolder(_folder, TimeProvider.System, NullLogger<LuceneFindingSearch>.Instance);
        var findings = GeneratedFindings.Generate(Findings, Incidents);
        var clock = Stopwatch.StartNew();
        var built = _search.Synchronise(findings);
        Console.WriteLine($"// Index of {built.Findings} findings built in {clock.Elapsed.TotalSeconds:0.0} s");
        _memberOfThree = SearchVisibility.MemberOf(GeneratedFindings.PrivateChannels(Incidents, 3));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _search.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Two common words: thousands of matches to rank.</summary>
    [Benchmark(Baseline = true)]
    public Task<SearchResults> Two_common_words() => Search("restarting pool", SearchVisibility.PublicOnly);

    /// <summary>A phrase: positions are checked for every candidate.</summary>
    [Benchmark]
    public Task<SearchResults> Phrase() => Search("\"load balancer retries\"", SearchVisibility.PublicOnly);

    /// <summary>A rarer, specific search of several words, as a facilitator types it.</summary>
    [Benchmark]
    public Task<SearchResults> Several_words() => Search("stale certificate auth gateway shift change", SearchVisibility.PublicOnly);

    /// <summary>Someone in three private channels: the private channels holding matches are collected and asked about first.</summary>
    [Benchmark]
    public Task<SearchResults> Member_of_private_channels() => Search("restarting pool", _memberOfThree);

    private Task<SearchResults> Search(string terms, SearchVisibility visibility) =>
        _search.SearchAsync(new SearchQuery(terms, visibility), CancellationToken.None);
}
