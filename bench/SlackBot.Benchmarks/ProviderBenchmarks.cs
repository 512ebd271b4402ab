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
    private int _round;
    private StoreDigestMaterialSource _source = null!;
    private DigestPeriod _week = null!;

    [Params(StorageProvider.LiteDb, StorageProvider.Postgres)]
    public StorageProvider Provider { get; set; }

    /// <summary>How many findings the digest reads from; <c>SLACKBOT_BENCH_FINDINGS</c> overrides the 100,000.</summary>
    public static int Findings =>
        int.TryParse(Environment.GetEnvironmentVariable("SLACKBOT_BENCH_FINDINGS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 100_000;

    [GlobalSetup(Targets = [nameof(Append_one_at_a_time), nameof(Append_concurrent)])]
    public void SetupInbox()
    {
        _storage = BenchStorage.Create(Provider);
        _inbox = _storage.Services.GetRequiredService<IEnvelopeInbox>();
        Console.WriteLine($"// {Provider}: PostgreSQL is {BenchStorage.PostgresSource}");
    }

    [IterationSetup(Targets = [nameof(Append_one_at_a_time), nameof(Append_concurrent)])]
    public void NewEnvelopes()
    {
        _round++;
        _envelopes = Enumerable.Range(0, Envelopes).Select(i => Envelope($"Ev{_round:D6}x{i:D4}")).ToArray();
    }

    /// <summary>Each append waits for the one before: one commit per envelope.</summary>
    [Benchmark(OperationsPerInvoke = Envelopes)]
    public async Task Append_one_at_a_time()
    {
        foreach (var envelope in _envelopes) await _inbox.AppendAsync(envelope, CancellationToken.None);
    }

    /// <summary>512 deliveries in flight at once.</summary>
    [Benchmark(OperationsPerInvoke = Envelopes)]
    public Task Append_concurrent() =>
        Task.WhenAll(_envelopes.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));

    [GlobalSetup(Target = nameof(Team_digest))]
    public void SetupDigest()
    {
        _storage = BenchStorage.Create(Provider);
        var services = _storage.Services;
        var findings = GeneratedFindings.Generate(Findings, Incidents);
        var incidents = GeneratedIncidents.Of(findings);
        var clock = Stopwatch.StartNew();
        // Through the unit of work on both providers, so both store exactly what the bot would (tallies, search rows).
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
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

        Console.WriteLine($"// {Provider}: {findings.Count} findings and {incidents.Count} incidents stored in {clock.Elapsed.TotalSeconds:0.0} s ({BenchStorage.PostgresSource} for PostgreSQL)");
        _source = new StoreDigestMaterialSource(services.GetRequiredService<IIncidentStore>(), services.GetRequiredService<IFindingStore>(),
            services.GetRequiredService<IQuestionStore>(), services.GetRequiredService<IIdeaStore>(), services.GetRequiredService<ISentDigestStore>(),
            new FixedDigestNames(id => id));
        _week = DigestPeriod.IsoWeek(2026, 1, TimeZoneInfo.Utc);
        // The first read fills the per-day theme tallies; the benchmark measures the digest as it is composed every week after.
        _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>One team channel's digest, from the store to the Block Kit message (the week 2026-W01).</summary>
    [Benchmark]
    public async Task<PackMessage> Team_digest()
    {
        var material = await _source.LoadAsync(_week, TimeZoneInfo.Utc, null, CancellationToken.None);
        return DigestBlocks.Render(DigestComposer.Compose(_week, TimeZoneInfo.Utc, new DigestFilter("payments", "C0TEAM"), material), "digest:bench");
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _storage.DisposeAsync();

    private static SlackEnvelope Envelope(string eventId)
    {
        var body = $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event_time":1700000000,"event":{"type":"message","channel":"C1","user":"U1","text":"weird, the graph went flat right after the deploy, I have never seen that before","ts":"1700000000.000100","channel_type":"channel"}}""";
        return ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseEventsBody(Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow)).Envelope;
    }
}
