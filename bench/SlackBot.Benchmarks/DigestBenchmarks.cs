using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Review;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Benchmarks;

/// <summary>
/// Composing one weekly digest from a LiteDB file holding 100,000 findings over two years (300 incidents, three teams,
/// a tenth private): the indexed read of the week's findings, the theme tallies of the seven weeks before it, the
/// incidents, their open questions and ideas, composing, and rendering the Block Kit message. The target is at most 50 ms.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private const int Findings = 100_000;
    private const int Incidents = 300;
    private string _folder = "";
    private LiteDbDatabase _database = null!;
    private StoreDigestMaterialSource _source = null!;
    private LiteDbFindingStore _findings = null!;
    private DigestPeriod _week = null!;
    private DigestMaterial _material = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "slackbot-bench-digest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = LiteDbDatabase.OpenFile(Path.Combine(_folder, "bot.db"));
        var findingStore = _findings = new LiteDbFindingStore(_database);
        var incidentStore = new LiteDbIncidentStore(_database);
        var clock = Stopwatch.StartNew();
        var findings = GeneratedFindings.Generate(Findings, Incidents);
        var incidents = GeneratedIncidents.Of(findings);
        _database.Collection<Finding>(LiteDbCollections.Findings).InsertBulk(findings);
        _database.Collection<Incident>(LiteDbCollections.Incidents).InsertBulk(incidents);
        _database.FlushToDisk();
        Console.WriteLine($"// {findings.Count} findings and {incidents.Count} incidents stored in {clock.Elapsed.TotalSeconds:0.0} s");

        _source = new StoreDigestMaterialSource(incidentStore, findingStore, new LiteDbQuestionStore(_database), new LiteDbIdeaStore(_database), new LiteDbSentDigestStore(_database),
            new FixedDigestNames(id => id));
        // A week in the middle of the two years: about a thousand findings in it, five thousand with the trend weeks.
        _week = DigestPeriod.IsoWeek(2026, 1, TimeZoneInfo.Utc);
        _material = _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The digest of every team's incidents.</summary>
    [Benchmark(Baseline = true)]
    public Task<PackMessage> All_teams_digest() => ComposeAsync(new DigestFilter(null, "C0TEAM"));

    /// <summary>Everything a team channel's digest does, from the store to the Block Kit message.</summary>
    [Benchmark]
    public Task<PackMessage> Team_digest() => ComposeAsync(new DigestFilter("payments", "C0TEAM"));

    /// <summary>Only reading the material from the stores (no composing or rendering).</summary>
    [Benchmark]
    public Task<DigestMaterial> Load_material_only() => _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None);

    /// <summary>Only composing and rendering, from material read once.</summary>
    [Benchmark]
    public PackMessage Compose_and_render_only() =>
        DigestBlocks.Render(DigestComposer.Compose(_week, TimeZoneInfo.Utc, new DigestFilter("payments", "C0TEAM"), _material), "digest:bench");

    /// <summary>What reading eight weeks of whole findings would cost (the trend and chart before the tallies).</summary>
    [Benchmark]
    public Task<IReadOnlyList<Finding>> Read_eight_weeks_of_findings() =>
        _findings.CreatedBetweenAsync(_week.Previous(DigestComposer.ChartWeeks - 1, TimeZoneInfo.Utc)[0].Start, _week.End, CancellationToken.None);

    /// <summary>The whole findings a digest reads: its own week's.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Finding>> Read_the_weeks_findings() => _findings.CreatedBetweenAsync(_week.Start, _week.End, CancellationToken.None);

    /// <summary>The theme tallies of the seven weeks before it (trend and chart), from the per-day cache.</summary>
    [Benchmark]
    public Task<IReadOnlyList<FindingThemeTally>> Read_earlier_theme_tallies() =>
        _findings.ThemeTalliesAsync(_week.Previous(DigestComposer.ChartWeeks - 1, TimeZoneInfo.Utc)[0].Start, _week.Start, CancellationToken.None);

    private async Task<PackMessage> ComposeAsync(DigestFilter filter)
    {
        var material = await _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None);
        return DigestBlocks.Render(DigestComposer.Compose(_week, TimeZoneInfo.Utc, filter, material), "digest:bench");
    }
}
