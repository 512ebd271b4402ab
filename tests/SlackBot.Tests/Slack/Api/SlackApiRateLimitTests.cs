using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>HTTP 429: Slack did not process the call, so any method is repeated after Retry-After.</summary>
public sealed class SlackApiRateLimitTests
{
    private static readonly PostMessageRequest Hello = new() { Channel = "C123ABC456", Text = "hello" };

    [Test]
    public async Task A_429_with_retry_after_2_waits_at_least_2_seconds_then_succeeds()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(() => ApiFixtures.TooManyRequests(2), () => ApiFixtures.Answer("chat.postMessage.ok.json"));

        var call = harness.Api.PostMessageAsync(Hello);
        await SlackApiHarness.WaitUntilAsync(() => harness.Slack.Requests.Count == 1, "the first attempt");
        await harness.AdvanceUntilAsync(() => harness.Slack.Requests.Count == 2, "the retry");
        var posted = await harness.FinishAsync(call);

        var attempts = harness.Slack.Requests;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attempts[1].At - attempts[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(attempts[1].Body, Is.EqualTo(attempts[0].Body), "the same call is repeated");
            Assert.That(posted.Ts, Is.EqualTo("1503435956.000247"));
            Assert.That(harness.LogRecords.Any(r => r.Level == LogLevel.Warning && r.Message.Contains("rate limited", StringComparison.Ordinal)), Is.True);
        }
    }

    [Test]
    public async Task A_retry_after_longer_than_the_limit_is_handed_to_the_caller_without_waiting()
    {
        using var harness = new SlackApiHarness(options => options.MaxRetryAfter = TimeSpan.FromSeconds(60));
        harness.Slack.Answer(_ => ApiFixtures.TooManyRequests(120));
        var before = harness.Time.GetUtcNow();

        var failure = await SlackApiHarness.FailureWithoutAdvancingAsync<SlackRateLimitedException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
            Assert.That(failure.Error, Is.EqualTo("ratelimited"));
            Assert.That(failure.Method, Is.EqualTo("chat.postMessage"));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
            Assert.That(harness.Time.GetUtcNow(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task A_429_without_retry_after_still_pauses_before_repeating()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(() => ApiFixtures.TooManyRequests(null), () => ApiFixtures.Answer("chat.postMessage.ok.json"));

        await harness.FinishAsync(harness.Api.PostMessageAsync(Hello));

        var attempts = harness.Slack.Requests;
        Assert.That(attempts[1].At - attempts[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task When_slack_stays_rate_limited_the_caller_gets_the_last_retry_after()
    {
        using var harness = new SlackApiHarness(options => options.RateLimitRetries = 2);
        harness.Slack.Answer(_ => ApiFixtures.TooManyRequests(3));

        var failure = await harness.FailureOfAsync<SlackRateLimitedException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(3), "the first attempt and two retries");
            Assert.That(failure.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(3)));
        }
    }

    [Test]
    public async Task Reads_are_repeated_after_a_429_too()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(() => ApiFixtures.TooManyRequests(1), () => ApiFixtures.Answer("users.info.ok.json"));

        var user = await harness.FinishAsync(harness.Api.GetUserInfoAsync("W012A3CDE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Id, Is.EqualTo("W012A3CDE"));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task A_rate_limited_upload_of_a_seekable_stream_is_sent_again_whole()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(() => ApiFixtures.TooManyRequests(1), () => ApiFixtures.Text("OK - 9"));
        using var file = new MemoryStream("PNG-BYTES"u8.ToArray());

        await harness.FinishAsync(harness.Api.UploadToUrlAsync(new Uri("https://files.slack.com/upload/v1/abc"), file, "chart.png"));

        Assert.That(harness.Slack.Requests.Select(r => r.Body!.Contains("PNG-BYTES", StringComparison.Ordinal)), Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public async Task A_rate_limited_upload_of_a_one_shot_stream_is_not_resent()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.TooManyRequests(1));
        using var file = new OneShotStream("PNG-BYTES"u8.ToArray());

        var failure = await harness.FailureOfAsync<SlackRateLimitedException>(
            harness.Api.UploadToUrlAsync(new Uri("https://files.slack.com/upload/v1/abc"), file, "chart.png"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
            Assert.That(failure.Method, Is.EqualTo("file_upload"));
        }
    }

    /// <summary>A network-like stream that can be read once and not rewound.</summary>
    private sealed class OneShotStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
