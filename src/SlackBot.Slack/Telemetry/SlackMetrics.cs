using System.Diagnostics;
using System.Diagnostics.Metrics;
using SlackBot.Slack.Inbound;

namespace SlackBot.Slack.Telemetry;

/// <summary>
/// The Slack layer's instruments on the bot's <see cref="Meter"/> (<see cref="MeterName"/>): what was received, stored,
/// processed and sent, and how Slack's Web API answered. Counters have no unit so that a Prometheus exporter names
/// them <c>…_total</c> and nothing else. Tag values are cached strings and tags travel in <see cref="TagList"/>, so a
/// measurement allocates nothing; with nobody listening an instrument is a flag check.
/// </summary>
public sealed class SlackMetrics
{
    /// <summary>The name of the bot's Meter and ActivitySource, shared by the Slack layer and the features.</summary>
    public const string MeterName = "SlackBot";

    // Acks must stay far below Slack's 3 s; lag targets are 100 ms at p99. Finer at the low end than the defaults.
    private static readonly double[] AckBuckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
    private static readonly double[] LagBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> _received;
    private readonly Counter<long> _deduplicated;
    private readonly Counter<long> _processed;
    private readonly Histogram<double> _inboxLag;
    private readonly Histogram<double> _ackDuration;
    private readonly Counter<long> _outboxSent;
    private readonly Counter<long> _outboxParked;
    private readonly Counter<long> _slackCalls;

    public SlackMetrics(IMeterFactory meterFactory)
        : this((meterFactory ?? throw new ArgumentNullException(nameof(meterFactory))).Create(MeterName))
    {
    }

    private SlackMetrics(Meter meter)
    {
        Meter = meter;
        _received = meter.CreateCounter<long>("slackbot_events_received", description: "Deliveries from Slack that were signed and readable, by kind and transport (before deduplication).");
        _deduplicated = meter.CreateCounter<long>("slackbot_events_deduplicated", description: "Deliveries dropped as repeats of one already stored (Slack retries).");
        _processed = meter.CreateCounter<long>("slackbot_events_processed", description: "Envelopes the inbox finished, by kind and outcome (ok, or error when a listener failed).");
        _inboxLag = meter.CreateHistogram("slackbot_inbox_lag_seconds", "s", "From the delivery's receipt to the end of its processing.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
        _ackDuration = meter.CreateHistogram("slackbot_ack_duration_seconds", "s", "From a delivery's arrival to its acknowledgement being ready (stored), by transport.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AckBuckets });
        _outboxSent = meter.CreateCounter<long>("slackbot_outbox_sent", description: "Outbox rows Slack accepted.");
        _outboxParked = meter.CreateCounter<long>("slackbot_outbox_parked", description: "Outbox rows given up on (a permanent Slack error or too many attempts).");
        _slackCalls = meter.CreateCounter<long>("slackbot_slack_api_calls", description: "Web API calls after retries, by method and outcome (ok, error, ratelimited, transport).");
    }

    /// <summary>For code built without a container (tests, benchmarks): instruments nobody but a global listener sees.</summary>
    internal static SlackMetrics Unregistered { get; } = new(new Meter(MeterName));

    /// <summary>The bot's Meter; the host adds its own instruments to the same one.</summary>
    public Meter Meter { get; }

    public void EventReceived(EnvelopeKind kind, string transport) =>
        _received.Add(1, new TagList { { "kind", KindTag(kind) }, { "transport", transport } });

    public void EventDeduplicated() => _deduplicated.Add(1);

    public void EventProcessed(EnvelopeKind kind, bool succeeded, TimeSpan lag)
    {
        _processed.Add(1, new TagList { { "kind", KindTag(kind) }, { "outcome", succeeded ? "ok" : "error" } });
        _inboxLag.Record(Math.Max(0, lag.TotalSeconds));
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/> value).</summary>
    public void Acknowledged(string transport, long startTimestamp)
    {
        if (!_ackDuration.Enabled) return;
        _ackDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("transport", transport));
    }

    public void OutboxSent() => _outboxSent.Add(1);

    public void OutboxParked() => _outboxParked.Add(1);

    public void SlackCall(string method, SlackCallOutcome outcome) =>
        _slackCalls.Add(1, new TagList { { "method", method }, { "outcome", OutcomeTag(outcome) } });

    private static string KindTag(EnvelopeKind kind) => kind switch
    {
        EnvelopeKind.Event => "event",
        EnvelopeKind.Command => "command",
        EnvelopeKind.Interaction => "interaction",
        _ => "other",
    };

    private static string OutcomeTag(SlackCallOutcome outcome) => outcome switch
    {
        SlackCallOutcome.Ok => "ok",
        SlackCallOutcome.Error => "error",
        SlackCallOutcome.RateLimited => "ratelimited",
        _ => "transport",
    };
}

/// <summary>How a Web API call ended, after the resilience pipeline's retries.</summary>
public enum SlackCallOutcome
{
    Ok,
    /// <summary>Slack answered <c>ok: false</c> with an error code.</summary>
    Error,
    /// <summary>HTTP 429 or <c>ratelimited</c>.</summary>
    RateLimited,
    /// <summary>No usable answer: a timeout, a 5xx, a broken connection.</summary>
    Transport,
}
