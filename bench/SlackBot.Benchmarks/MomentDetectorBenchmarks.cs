using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SlackBot.Features.Moments;
using SlackBot.Slack.Text;

namespace SlackBot.Benchmarks;

/// <summary>
/// How fast the moment detector reads an incident channel. The batch mixes what a real channel holds:
/// acknowledgements, status numbers, links, emoji, pasted alerts and code, and learning moments of every
/// kind, some long. Each benchmark reports the time per message and messages per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMessageConfig))]
public class MomentDetectorBenchmarks
{
    private const int BatchSize = 36;

    private static readonly string[] MixedBatch =
    [
        "ok",
        "on it",
        ":eyes: looking",
        "+1",
        "thanks all :pray:",
        "p99 2.4s, p50 180ms",
        "error rate 4.2%",
        "cpu 95% on db-3",
        "<https://grafana.example.com/d/abc123/checkout?orgId=1|checkout overview>",
        "<https://status.example.com/incidents/x1>",
        ":fire::fire:",
        "[FIRING:1] ConsumerLagHigh orders-consumer group=orders.v3 lag>500000",
        "joining the bridge",
        "I'm IC, comms in #inc-comms",
        "any update?",
        "restarting pods now",
        "weird, p50 is completely flat while p99 keeps climbing. it's only the tail that's slow",
        "I think it's the connection pool to fraud-scoring, pool wait time jumped at 14:03",
        "could be the pool, or could be fraud-scoring itself getting slow and holding connections",
        "I keep a query around for exactly this: `sum by (pod) (hikari_pending_threads)`",
        "paging <@U024BE7LH> from the storage team, she knows the SAN best",
        "options: roll back the config, or raise the pool size. rollback feels safer to me",
        "the runbook says to restart the pods first. I skipped that, restarts would have dropped in-flight payments",
        "we usually ramp a new model region by region over a week",
        "TIL the load balancer retries POSTs by default",
        "nobody has touched that worker in a year, I only know because I got paged once",
        "we got lucky the retention is 7 days, with the old default we'd have lost events over the weekend",
        "thankfully the circuit breaker tripped and kept the payment service up",
        "handing over to <@U061F7AUR>: relocation at 60%, concurrency lowered by hand, revert when done",
        "merchants are escalating, two of the big ones are asking for an ETA every few minutes",
        "the cert on the gateway is uploaded manually, it's the one thing cert-manager never took over since the 2021 migration",
        "only Rosa really knows the ack rules, she built the engine config in 2019",
        "hm, queue depth keeps growing even at concurrency 4. more docs are coming in than we drain",
        "let's go with the clean rerun, finance needs it by 9am and we have the time",
        "```\n2025-03-06T10:41:07Z ERROR cart-service upstream connect error or disconnect/reset before headers\n" +
            "2025-03-06T10:41:07Z ERROR cart-service upstream connect error or disconnect/reset before headers\n```",
        "for context, WAF changes normally go out in the tuesday change window. this one went friday because security " +
            "wanted it in before the weekend after wednesday's scraping attack, and to get it out in time we skipped the " +
            "canary POP stage, which in hindsight is the step that exists for exactly this kind of rule",
    ];

    private readonly MomentDetector detector = new();

    [GlobalSetup]
    public void CompileRulesOnce()
    {
        if (MixedBatch.Length != BatchSize)
        {
            throw new InvalidOperationException($"The batch holds {MixedBatch.Length} messages; set {nameof(BatchSize)} to match.");
        }

        detector.Detect("warm up the rule table");
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Detect_mixed_batch()
    {
        var moments = 0;
        foreach (var text in MixedBatch)
        {
            if (detector.Detect(text) is not null)
            {
                moments++;
            }
        }

        return moments;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ToPlain_mixed_batch()
    {
        var characters = 0;
        foreach (var text in MixedBatch)
        {
            characters += SlackText.ToPlain(text).Length;
        }

        return characters;
    }

    private sealed class PerMessageConfig : ManualConfig
    {
        public PerMessageConfig() => AddColumn(new MessagesPerSecondColumn());
    }

    // Mean is per message because of OperationsPerInvoke; this turns it into throughput on one core.
    private sealed class MessagesPerSecondColumn : IColumn
    {
        public string Id => nameof(MessagesPerSecondColumn);

        public string ColumnName => "Messages/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Messages judged per second on one thread (1 s / mean time per message)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is > 0
                ? (1e9 / nanoseconds.Value).ToString("N0", CultureInfo.InvariantCulture)
                : "-";
        }
    }
}
