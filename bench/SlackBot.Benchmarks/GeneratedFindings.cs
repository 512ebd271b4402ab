using SlackBot.Features.Findings;
using SlackBot.Features.Moments;

namespace SlackBot.Benchmarks;

/// <summary>
/// A synthetic organisational memory: findings in the words people use about incidents, spread over a few hundred
/// incidents across two years, a tenth of them from private channels. Deterministic (fixed seed).
/// </summary>
internal static class GeneratedFindings
{
    public const int PrivateEvery = 10;

    private static readonly string[] Systems =
    [
        "checkout service", "payments worker", "EU cache pool", "connection pool", "fraud-scoring model", "DNS resolver",
        "load balancer", "retry queue", "search cluster", "billing export", "auth gateway", "feature flag service",
        "Kafka consumer", "Postgres primary", "CDN edge", "cron scheduler", "notification fan-out", "ledger job",
    ];

    private static readonly string[] Observations =
    [
        "started timing out after the deploy", "kept restarting every few minutes", "looked healthy on the dashboard",
        "was silently dropping retries", "filled its disk overnight", "fell behind by half a million messages",
        "served a stale certificate", "ran out of connections under the morning peak", "flapped between regions",
        "hid the problem behind a cached response", "paged the wrong team", "recovered on its own before anyone acted",
    ];

    private static readonly string[] Insights =
    [
        "I only noticed because the p99 graph went flat while p50 kept climbing",
        "the runbook still describes the old failover, so I skipped the restart step",
        "I keep a query in a gist for exactly this and ran it first",
        "we pulled in the storage team because only they know the SAN settings",
        "the alert fired but it routes to a channel nobody watches at night",
        "rolling back felt safer than raising the pool size under pressure",
        "the config change went out on a Friday because the Tuesday window was full",
        "nobody had touched that worker in a year, I knew it from being paged once",
        "we drained the region by hand before restarting so the warm-up would not take twenty minutes",
        "the circuit breaker tripped and kept the rest of the service up",
        "handing over at shift change lost the context about the manual concurrency change",
        "the dashboard aggregates by region so the single bad node never stood out",
        "the retry policy doubles the load exactly when the dependency is slow",
        "TIL the load balancer retries POSTs by default",
    ];

    private static readonly string[] Topics = ["checkout-latency", "payments-outage", "dns", "cert-expiry", "kafka-lag", "db-failover", "cdn-errors", "login-failures"];

    public static IReadOnlyList<Finding> Generate(int count, int incidents, int people = 40)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = TimeSpan.FromDays(730);
        var findings = new List<Finding>(count);
        for (var i = 0; i < count; i++)
        {
            var incident = random.Next(incidents);
            var channel = $"C0INC{incident:D4}";
            var isPrivate = incident % PrivateEvery == 0;
            var at = start + span * ((incident + random.NextDouble()) / incidents);
            var sentences = random.Next(1, 4);
            var text = string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
                $"The {Pick(random, Systems)} {Pick(random, Observations)}; {Pick(random, Insights)}."));
            findings.Add(new Finding
            {
                Id = $"msg:{channel}:{1_735_689_600 + i}.000100",
                Text = text,
                AuthorId = $"U0PERSON{random.Next(people):D2}",
                IncidentId = $"incident:{channel}",
                IncidentName = $"#inc-{at:yyyy-MM}-{Topics[incident % Topics.Length]}",
                ChannelId = channel,
                FromPrivateChannel = isPrivate,
                Permalink = $"https://northwind.slack.com/archives/{channel}/p{1_735_689_600 + i}000100",
                Source = (FindingSource)random.Next(5),
                Category = (MomentCategory)random.Next(Enum.GetValues<MomentCategory>().Length),
                CreatedAt = at,
            });
        }

        return findings;
    }

    /// <summary>The private channels a member of <paramref name="how"/> many of them belongs to.</summary>
    public static IReadOnlySet<string> PrivateChannels(int incidents, int how) =>
        Enumerable.Range(0, incidents).Where(incident => incident % PrivateEvery == 0).Take(how).Select(incident => $"C0INC{incident:D4}").ToHashSet();

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
