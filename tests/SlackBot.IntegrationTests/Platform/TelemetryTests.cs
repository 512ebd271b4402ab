using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SlackBot.Hosting;
using SlackBot.IntegrationTests.Learning;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Telemetry;

namespace SlackBot.IntegrationTests.Platform;

/// <summary>The whole bot's telemetry: <c>GET /metrics</c> counters move as Slack's deliveries arrive (and the route is off by default), and one trace follows a delivery to the post it caused.</summary>
public sealed class TelemetryTests
{
    private LearningBed? _bed;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }

    [Test]
    public async Task Received_deduplicated_processed_and_asked_move_with_the_deliveries()
    {
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        var before = await ScrapeAsync();
        await _bed.StartIncidentAsync();
        var message = new JsonObject
        {
            ["type"] = "message", ["channel"] = LearningBed.IncidentChannel, ["user"] = LearningBed.Bob, ["text"] = "checking the dashboards",
            ["ts"] = _bed.NextEventTs(), ["channel_type"] = "channel",
        };
        using (var first = await _bed.Sender.SendEventAsync(message, eventId: "Ev0METRICS1")) Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (var retry = await _bed.Sender.SendEventAsync(message, eventId: "Ev0METRICS1", retryNum: 1, retryReason: "http_timeout"))
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "I restarted the retry worker by hand with the one-off script, nobody else knows it exists");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        await _bed.WaitForPostedQuestionAsync(moment);

        // The exporter reads the instruments at scrape time; a processed count lands just after its inbox write.
        var after = await ScrapeAsync();
        var deadline = DateTime.UtcNow + LearningBed.Generous;
        while (!(after.Sum("slackbot_events_processed_total", ("kind", "event")) - before.Sum("slackbot_events_processed_total", ("kind", "event")) >= 3
                 && after.Sum("slackbot_questions_asked_total") > before.Sum("slackbot_questions_asked_total")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            after = await ScrapeAsync();
        }

        Assert.Multiple(() =>
        {
            // The opening message, Bob's, its retry and the moment: four signed deliveries, one of them a repeat.
            Assert.That(after.Sum("slackbot_events_received_total", ("kind", "event"), ("transport", "http")) - before.Sum("slackbot_events_received_total", ("kind", "event"), ("transport", "http")),
                Is.EqualTo(4));
            Assert.That(after.Sum("slackbot_events_deduplicated_total") - before.Sum("slackbot_events_deduplicated_total"), Is.EqualTo(1));
            Assert.That(after.Sum("slackbot_events_processed_total", ("kind", "event"), ("outcome", "ok")) - before.Sum("slackbot_events_processed_total", ("kind", "event"), ("outcome", "ok")),
                Is.EqualTo(3));
            Assert.That(after.Sum("slackbot_events_received_total", ("kind", "command")) - before.Sum("slackbot_events_received_total", ("kind", "command")), Is.EqualTo(1), "/learn resolve");
            Assert.That(after.Sum("slackbot_inbox_lag_seconds_count"), Is.GreaterThanOrEqualTo(3), "the lag histogram, named once in seconds");
            Assert.That(after.Sum("slackbot_ack_duration_seconds_count", ("transport", "http")), Is.GreaterThanOrEqualTo(4));
            Assert.That(after.Sum("slackbot_slack_api_calls_total", ("method", "chat.postMessage"), ("outcome", "ok")), Is.GreaterThanOrEqualTo(1));
            Assert.That(after.Sum("slackbot_questions_asked_total"), Is.GreaterThanOrEqualTo(1));
            Assert.That(after.Names, Does.Contain("slackbot_outbox_pending"), "the outbox gauge is exported");
            Assert.That(after.Names.Where(name => name.Contains("_seconds_seconds", StringComparison.Ordinal) || name.Contains("_total_total", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task One_trace_follows_a_delivery_from_receipt_through_processing_to_the_post_it_caused()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SlackMetrics.MeterName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        _bed = await LearningBed.StartAsync();
        await _bed.StartIncidentAsync();
        // A facilitator's question is posted by the processing of the command that asked it.
        var ask = await _bed.LearnAsync("ask What did you each see first when checkout slowed down?", LearningBed.Alice, LearningBed.IncidentChannel);
        await _bed.DrainAsync();
        await Poll.UntilAsync(() => spans.Any(span => span.OperationName == "slack.outbox.send"), LearningBed.Generous, "an outbox send span");

        var all = spans.ToArray();
        var receipts = all.Where(span => span.OperationName == "slack.receive").ToDictionary(span => span.SpanId);
        var processing = all.Where(span => span.OperationName == "slack.process" && receipts.ContainsKey(span.ParentSpanId)).ToArray();
        var processingIds = processing.Select(span => span.SpanId).ToHashSet();
        var sends = all.Where(span => span.OperationName == "slack.outbox.send" && processingIds.Contains(span.ParentSpanId)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ask, Is.Not.Null);
            Assert.That(processing.Select(span => span.GetTagItem("slack.envelope.type")), Does.Contain("message").And.Contain("/learn"),
                "each delivery's processing is a child of its receipt");
            Assert.That(processing.All(span => span.TraceId == receipts[span.ParentSpanId].TraceId), Is.True);
            Assert.That(sends, Is.Not.Empty, "the question's post is a child of the command's processing");
            Assert.That(sends.All(send => send.TraceId == processing.Single(span => span.SpanId == send.ParentSpanId).TraceId), Is.True, "in the same trace");
        });
    }

    [Test]
    public async Task Off_by_default_the_route_does_not_exist()
    {
        _bed = await LearningBed.StartAsync();
        using var response = await new HttpClient().GetAsync(new Uri(_bed.Bot.BaseUrl, "/metrics"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void A_setting_that_is_not_true_or_false_stops_start_up_naming_it()
    {
        var failure = Assert.ThrowsAsync<StartupException>(async () => _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "yes please" }));
        Assert.That(failure!.Message, Does.Contain("Telemetry:Prometheus").And.Contain("yes please"));
    }

    private async Task<Scrape> ScrapeAsync()
    {
        using var response = await new HttpClient().GetAsync(new Uri(_bed!.Bot.BaseUrl, "/metrics"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return Scrape.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The Prometheus text format's samples: <c>name{label="value",…} number</c>, one per line; # lines skipped.</summary>
    private sealed record Scrape(IReadOnlyList<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> Samples)
    {
        public IEnumerable<string> Names => Samples.Select(sample => sample.Name).Distinct();

        public double Sum(string name, params (string Label, string Value)[] labels) =>
            Samples.Where(sample => sample.Name == name && labels.All(label => sample.Labels.TryGetValue(label.Label, out var value) && value == label.Value))
                .Sum(sample => sample.Value);

        public static Scrape Parse(string text)
        {
            var samples = new List<(string, IReadOnlyDictionary<string, string>, double)>();
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (line.StartsWith('#')) continue;
                var brace = line.IndexOf('{', StringComparison.Ordinal);
                var close = line.LastIndexOf('}');
                var name = brace < 0 ? line[..line.IndexOf(' ', StringComparison.Ordinal)] : line[..brace];
                var labels = new Dictionary<string, string>();
                if (brace >= 0)
                    foreach (var pair in line[(brace + 1)..close].Split("\",", StringSplitOptions.RemoveEmptyEntries))
                    {
                        var equals = pair.IndexOf('=', StringComparison.Ordinal);
                        labels[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                    }

                var rest = line[((brace < 0 ? name.Length : close + 1))..].Trim().Split(' ');
                samples.Add((name, labels, double.Parse(rest[0], CultureInfo.InvariantCulture)));
            }

            return new Scrape(samples);
        }
    }
}
