using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SlackBot.Slack.Api;
using SlackBot.Slack.Telemetry;
using SlackBot.Tests.Slack.Api;

namespace SlackBot.Tests.Telemetry;

/// <summary><c>slackbot_slack_api_calls_total{method,outcome}</c>: one count per call as the caller saw it, after retries.</summary>
public sealed class SlackApiMetricsTests
{
    private static readonly PostMessageRequest Hello = new() { Channel = "C123ABC456", Text = "hello" };

    private static MetricCollector<long> Calls(SlackApiHarness harness) =>
        new(harness.Services.GetRequiredService<IMeterFactory>(), SlackMetrics.MeterName, "slackbot_slack_api_calls");

    private static (string? Method, string? Outcome) Tags(CollectedMeasurement<long> measurement) =>
        (measurement.Tags["method"] as string, measurement.Tags["outcome"] as string);

    [Test]
    public async Task A_call_slack_accepts_counts_once_as_ok_under_its_method()
    {
        using var harness = new SlackApiHarness();
        using var calls = Calls(harness);
        harness.Slack.Answer(_ => ApiFixtures.Answer("chat.postMessage.ok.json"));

        await harness.FinishAsync(harness.Api.PostMessageAsync(Hello));

        Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("chat.postMessage", "ok") }));
    }

    [Test]
    public async Task A_slack_error_code_counts_as_error_without_the_code_itself()
    {
        using var harness = new SlackApiHarness();
        using var calls = Calls(harness);
        harness.Slack.Answer(_ => ApiFixtures.Answer("chat.postMessage.channel_not_found.json"));

        await harness.FailureOfAsync<SlackApiException>(harness.Api.PostMessageAsync(Hello));

        Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("chat.postMessage", "error") }));
    }

    [Test]
    public async Task A_429_handed_to_the_caller_counts_as_ratelimited()
    {
        using var harness = new SlackApiHarness(options => options.MaxRetryAfter = TimeSpan.FromSeconds(60));
        using var calls = Calls(harness);
        harness.Slack.Answer(_ => ApiFixtures.TooManyRequests(120));

        await SlackApiHarness.FailureWithoutAdvancingAsync<SlackRateLimitedException>(harness.Api.PostMessageAsync(Hello));

        Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("chat.postMessage", "ratelimited") }));
    }

    [Test]
    public async Task A_429_that_the_retry_got_past_counts_once_as_ok()
    {
        using var harness = new SlackApiHarness();
        using var calls = Calls(harness);
        harness.Slack.AnswerInOrder(() => ApiFixtures.TooManyRequests(1), () => ApiFixtures.Answer("chat.postMessage.ok.json"));

        await harness.FinishAsync(harness.Api.PostMessageAsync(Hello));

        Assert.Multiple(() =>
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(2), "two attempts on the wire");
            Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("chat.postMessage", "ok") }));
        });
    }

    [Test]
    public async Task A_server_failure_counts_as_transport()
    {
        using var harness = new SlackApiHarness();
        using var calls = Calls(harness);
        harness.Slack.Answer(_ => ApiFixtures.Text("upstream unavailable", HttpStatusCode.ServiceUnavailable));

        await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(Hello));

        Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("chat.postMessage", "transport") }));
    }

    [Test]
    public async Task A_response_url_post_is_counted_under_a_name_never_the_url()
    {
        using var harness = new SlackApiHarness();
        using var calls = Calls(harness);
        harness.Slack.Answer(_ => ApiFixtures.Json("""{"ok":true}"""));

        await harness.FinishAsync(harness.Api.PostToResponseUrlAsync(
            new Uri("https://hooks.slack.test/commands/T0001/1234/SeCrEtPaTh"), new JsonObject { ["text"] = "done" }));

        Assert.That(calls.GetMeasurementSnapshot().Select(Tags), Is.EqualTo(new[] { ("response_url", "ok") }));
    }
}
