using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>Reading the processed counter from Prometheus' text format, summed over its label sets.</summary>
public class ProcessedProbeTests
{
    [Test]
    public void The_counter_is_summed_over_every_label_set_and_nothing_else_is_counted()
    {
        const string exposition = """
            # HELP slackbot_events_processed_total Envelopes the inbox worker finished.
            # TYPE slackbot_events_processed_total counter
            slackbot_events_processed_total{kind="event",outcome="ok"} 1200 1733112000000
            slackbot_events_processed_total{kind="command",outcome="ok"} 40
            slackbot_events_processed_total{kind="event",outcome="error"} 2
            slackbot_events_processed_total_created{kind="event",outcome="ok"} 1733111000
            slackbot_events_received_total{kind="event",transport="http"} 5000
            """;

        Assert.That(ProcessedProbe.SumOf(exposition, ProcessedProbe.MetricName), Is.EqualTo(1242));
    }

    [Test]
    public void A_counter_without_labels_is_read_too() =>
        Assert.That(ProcessedProbe.SumOf("slackbot_events_processed_total 7\n", ProcessedProbe.MetricName), Is.EqualTo(7));

    [Test]
    public void Before_anything_was_processed_the_sum_is_zero() =>
        Assert.That(ProcessedProbe.SumOf("# no samples yet\n", ProcessedProbe.MetricName), Is.Zero);
}
