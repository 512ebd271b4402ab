using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Slack.Inbound;
using SlackBot.Storage;
using SlackBot.Slack.Dispatch;

namespace SlackBot.Benchmarks;

/// <summary>
/// LiteDB against PostgreSQL through the bot's own registrations (<c>AddLiteDbStorage()</c> /
/// <c>AddPostgresStorage()</c>): storing envelopes in the inbox (one at a time and 512 in flight, as
/// <see cref="InboxBenchmarks"/>), and one team's weekly digest over the same generated findings (as
/// <see cref="DigestBenchmarks"/>). How fast a finding reaches another replica's search is <see cref="FeedLag"/>.
/// </summary>
[MemoryDiagnoser]
public class ProviderBenchmarks
{
    private const int Envelopes = 512;
    private const int Incidents = 300;

    /// <summary>Findings per unit of work when loading: big enough to be quick, small enough to keep one transaction modest.</summary>
    private const int LoadBatch = 2_000;

    private BenchStorage _storage = null!;
    private IEnvelopeInbox _inbox = null!;
    private SlackEnvelope[] _envelopes = [];
    private SlackEnvelope[] _spread = [];
    private int _round;
    private IFindingStore _findings = null!;
    private StoreDigestMaterialSource _source = null!;
    private DigestPeriod _week = null!;

    [Params(StorageProvider.LiteDb, StorageProvider.Postgres)]
    public StorageProvider Provider { get; set; }

    /// <summary>How many findings the digest reads from; <c>SLACKBOT_BENCH_FINDINGS</c> overrides the 100,000.</summary>
    public static int Findings =>
        int.TryParse(Environment.GetEnvironmentVariable("SLACKBOT_BENCH_FINDINGS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 100_000;

    /// <summary>512 in flight from 64 channels: on PostgreSQL appends of different ordering keys do not take turns.</summary>
    [Benchmark(OperationsPerInvoke = Envelopes)]
    public Task Append_concurrent_64_channels() =>
        Task.WhenAll(_spread.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));

    [GlobalSetup(Targets = [nameof(Append_one_at_a_time), nameof(Append_concurrent), nameof(Append_concurrent_64_channels)])]
    public void SetupInbox()
    {
        _storage = BenchStorage.Create(Provider);
        _inbox = _storage.Services.GetRequiredService<IEnvelopeInbox>();
        Console.WriteLine($"// {Provider}: PostgreSQL is {BenchStorage.PostgresSource}");
    }

    [IterationSetup(Targets = [nameof(Append_one_at_a_time), nameof(Append_concurrent), nameof(Append_concurrent_64_channels)])]
    public void NewEnvelopes()
    {
        _round++;
        _envelopes = Enumerable.Range(0, Envelopes).Select(i => Envelope($"Ev{_round:D6}x{i:D4}", "C1")).ToArray();
        _spread = Enumerable.Range(0, Envelopes).Select(i => Envelope($"Ev{_round:D6}y{i:D4}", $"C{i % 64:D3}")).ToArray();
    }

    /// <summary>Each append waits for the one before: one commit per envelope.</summary>
    [Benchmark(OperationsPerInvoke = Envelopes)]
    public async Task Append_one_at_a_time()
    {
        foreach (var envelope in _envelopes) await _inbox.AppendAsync(envelope, CancellationToken.None);
    }

    /// <summary>512 deliveries in flight at once, all from one channel (one ordering key, as InboxBenchmarks).</summary>
    [Benchmark(OperationsPerInvoke = Envelopes)]
    public Task Append_concurrent() =>
        Task.WhenAll(_envelopes.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));

    private static readonly Dictionary<StorageProvider, BenchStorage> Loaded = [];

    [GlobalSetup(Targets = [nameof(Team_digest), nameof(Read_the_weeks_findings), nameof(Read_earlier_theme_tallies)])]
    public void SetupDigest()
    {
        var services = LoadedFindings(Provider).Services;
        _findings = services.GetRequiredService<IFindingStore>();
        _source = new StoreDigestMaterialSource(services.GetRequiredService<IIncidentStore>(), _findings,
            services.GetRequiredService<IQuestionStore>(), services.GetRequiredService<IIdeaStore>(), services.GetRequiredService<ISentDigestStore>(),
            new FixedDigestNames(id => id));
        _week = DigestPeriod.IsoWeek(2026, 1, TimeZoneInfo.Utc);
        // The first read fills LiteDB's per-day theme tallies; the benchmark measures the digest as it is composed every week after.
        _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>One team channel's digest, from the store to the Block Kit message (the week 2026-W01).</summary>
    [Benchmark]
    public async Task<PackMessage> Team_digest()
    {
        var material = await _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None);
        return DigestBlocks.Render(DigestComposer.Compose(_week, TimeZoneInfo.Utc, new DigestFilter("payments", "C0TEAM"), material), "digest:bench");
    }

    /// <summary>The whole findings a digest reads: its own week's (about 960).</summary>
    [Benchmark]
    public Task<IReadOnlyList<Finding>> Read_the_weeks_findings() => _findings.CreatedBetweenAsync(_week.Start, _week.End, CancellationToken.None);

    /// <summary>The theme tallies of the seven weeks before it (trend and chart).</summary>
    [Benchmark]
    public Task<IReadOnlyList<FindingThemeTally>> Read_earlier_theme_tallies() =>
        _findings.ThemeTalliesAsync(_week.Previous(DigestComposer.ChartWeeks - 1, TimeZoneInfo.Utc)[0].Start, _week.Start, CancellationToken.None);

    /// <summary>
    /// The provider's store with the generated findings, loaded once per process: on PostgreSQL the load takes minutes,
    /// and in-process runs set up every benchmark case in the same process. Left for the process's end to drop.
    /// </summary>
    private static BenchStorage LoadedFindings(StorageProvider provider)
    {
        if (Loaded.TryGetValue(provider, out var loaded)) return loaded;
        var storage = Loaded[provider] = BenchStorage.Create(provider);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAtExit(storage);
        var findings = GeneratedFindings.Generate(Findings, Incidents);
        var incidents = GeneratedIncidents.Of(findings);
        var clock = Stopwatch.StartNew();
        // Through the unit of work on both providers, so both store exactly what the bot would (tallies, change feed rows).
        var unitOfWork = storage.Services.GetRequiredService<IUnitOfWork>();
        foreach (var batch in findings.Cast<object>().Concat(incidents).Chunk(LoadBatch))
        {
            unitOfWork.CommitAsync(transaction =>
            {
                foreach (var document in batch)
                {
                    if (document is Finding finding) transaction.Save(finding);
                    else transaction.Save((Incident)document);
                }
            }, CancellationToken.None).GetAwaiter().GetResult();
        }

        Console.WriteLine($"// {provider}: {findings.Count} findings and {incidents.Count} incidents stored in {clock.Elapsed.TotalSeconds:0.0} s through IUnitOfWork, {LoadBatch} a transaction (PostgreSQL: {BenchStorage.PostgresSource})");
        return storage;
    }

    private static void DropAtExit(BenchStorage storage)
    {
        try
        {
            storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is InvalidOperationException or Npgsql.NpgsqlException or IOException)
        {
            // The throw-away cluster may have stopped first (its own exit handler); it takes the database with it.
            Console.WriteLine("// left behind at exit: " + exception.Message);
        }
    }

    [GlobalCleanup(Targets = [nameof(Append_one_at_a_time), nameof(Append_concurrent), nameof(Append_concurrent_64_channels)])]
    public async Task Cleanup() => await _storage.DisposeAsync();

    private static SlackEnvelope Envelope(string eventId, string channel)
    {
        var body = $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event_time":1700000000,"event":{"type":"message","channel":"{{{channel}}}","user":"U1","text":"weird, the graph went flat right after the deploy, I have never seen that before","ts":"1700000000.000100","channel_type":"channel"}}""";
        return ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseEventsBody(Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow)).Envelope;
    }
}
