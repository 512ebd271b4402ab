using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Inbox;

namespace SlackBot.Benchmarks;

/// <summary>
/// What durability costs at the front door: storing envelopes in the file-backed inbox (commit + fsync) before
/// acknowledging. "One at a time" waits for each append, as a single slow sender would: one disk sync per event.
/// "Concurrent" has many deliveries in flight, as under load: the writer groups them into one commit and one sync.
/// "Completions_in_one_channel_while_appending" is one channel's worker marking envelopes done one after another (it
/// waits for each, as the per-channel order requires) while as many new deliveries arrive: the processing rate of one
/// channel that the inbox alone allows.
/// </summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private const int Envelopes = 512;
    private string _directory = "";
    private LiteDbDatabase _database = null!;
    private LiteDbInbox _inbox = null!;
    private SlackEnvelope[] _envelopes = [];
    private SlackEnvelope[] _stored = [];
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "slackbot-bench-" + Guid.NewGuid().ToString("N"));
        _database = LiteDbDatabase.OpenFile(Path.Combine(_directory, "bench.db"));
        _inbox = new LiteDbInbox(_database, NullLogger<LiteDbInbox>.Instance);
    }

    [IterationSetup]
    public void NewEnvelopes()
    {
        _round++;
        _envelopes = Enumerable.Range(0, Envelopes).Select(i => Envelope($"Ev{_round:D6}x{i:D4}")).ToArray();
        _stored = Enumerable.Range(0, Envelopes).Select(i => Envelope($"Ev{_round:D6}s{i:D4}")).ToArray();
        Task.WhenAll(_stored.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask())).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Envelopes)]
    public async Task One_at_a_time()
    {
        foreach (var envelope in _envelopes) await _inbox.AppendAsync(envelope, CancellationToken.None);
    }

    [Benchmark(OperationsPerInvoke = Envelopes)]
    public Task Concurrent() =>
        Task.WhenAll(_envelopes.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));

    [Benchmark(OperationsPerInvoke = Envelopes)]
    public async Task Completions_in_one_channel_while_appending()
    {
        var arriving = Task.WhenAll(_envelopes.Select(envelope => _inbox.AppendAsync(envelope, CancellationToken.None).AsTask()));
        foreach (var envelope in _stored)
            await _inbox.CompleteAsync(envelope.Id, new EnvelopeOutcome(DateTimeOffset.UtcNow, []), CancellationToken.None);
        await arriving;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _inbox.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static SlackEnvelope Envelope(string eventId)
    {
        var body = $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event_time":1700000000,"event":{"type":"message","channel":"C1","user":"U1","text":"weird, the graph went flat right after the deploy, I have never seen that before","ts":"1700000000.000100","channel_type":"channel"}}""";
        return ((EnvelopeParseResult.Delivery)SlackEnvelopeParser.ParseEventsBody(Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow)).Envelope;
    }
}
