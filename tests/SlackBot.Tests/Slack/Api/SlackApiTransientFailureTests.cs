using System.Net;
using System.Net.Sockets;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>
/// Server errors, dropped connections and timeouts: reads are repeated, writes never blindly, and every failure
/// says whether Slack may have processed the request.
/// </summary>
public sealed class SlackApiTransientFailureTests
{
    private static readonly PostMessageRequest Hello = new() { Channel = "C123ABC456", Text = "hello" };

    [Test]
    public async Task A_503_on_a_read_is_retried()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(
            () => ApiFixtures.Text("upstream unavailable", HttpStatusCode.ServiceUnavailable),
            () => ApiFixtures.Answer("conversations.history.ok.json"));

        var page = await harness.FinishAsync(harness.Api.GetConversationHistoryAsync(new() { Channel = "C1" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Messages, Has.Count.EqualTo(2));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(2));
            Assert.That(harness.Slack.Requests[1].At, Is.GreaterThan(harness.Slack.Requests[0].At), "the retry backs off");
        }
    }

    [Test]
    public async Task A_read_that_keeps_failing_gives_up_after_the_configured_retries()
    {
        using var harness = new SlackApiHarness(options => options.ReadRetries = 3);
        harness.Slack.Answer(_ => ApiFixtures.Text("upstream unavailable", HttpStatusCode.ServiceUnavailable));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.GetUserInfoAsync("U1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(4));
            Assert.That(failure.StatusCode, Is.EqualTo(503));
            Assert.That(failure.Method, Is.EqualTo("users.info"));
        }
    }

    [Test]
    public async Task A_503_on_post_message_is_sent_once_and_may_have_been_processed()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Text("upstream unavailable", HttpStatusCode.ServiceUnavailable));

        // FailureOfAsync advances the clock: had a retry been scheduled, it would have happened.
        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
            Assert.That(failure.StatusCode, Is.EqualTo(503));
            Assert.That(failure.Method, Is.EqualTo("chat.postMessage"));
        }
    }

    [Test]
    public async Task A_500_carrying_a_slack_error_is_still_a_transport_failure_for_a_write()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Json("""{"ok":false,"error":"fatal_error"}""", HttpStatusCode.InternalServerError));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.StatusCode, Is.EqualTo(500));
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task A_refused_connection_on_a_write_never_reached_slack()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Throw(ConnectionRefused);

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.MayHaveBeenProcessed, Is.False);
            Assert.That(failure.StatusCode, Is.Null);
            Assert.That(failure.InnerException, Is.InstanceOf<HttpRequestException>());
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1), "writes are not repeated by the client");
        }
    }

    [Test]
    public async Task A_refused_connection_on_a_read_is_retried()
    {
        using var harness = new SlackApiHarness(options => options.ReadRetries = 2);
        harness.Slack.Throw(ConnectionRefused);

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.GetConversationInfoAsync("C1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(3));
            Assert.That(failure.MayHaveBeenProcessed, Is.False);
        }
    }

    [Test]
    public async Task A_connection_reset_mid_request_may_have_been_processed()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Throw(() => new HttpRequestException(
            HttpRequestError.Unknown,
            "An error occurred while sending the request.",
            new IOException("Unable to read data from the transport connection.", new SocketException((int)SocketError.ConnectionReset))));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task A_write_that_times_out_is_not_repeated_and_may_have_been_processed()
    {
        // An hour-long attempt timeout only fires in time if Polly runs on the container's fake clock.
        using var harness = new SlackApiHarness(options => options.AttemptTimeout = TimeSpan.FromHours(1));
        harness.Slack.NeverAnswer();

        var call = harness.Api.PostMessageAsync(Hello);
        await SlackApiHarness.WaitUntilAsync(() => harness.Slack.Requests.Count == 1, "the attempt to start");
        harness.Time.Advance(TimeSpan.FromHours(1));
        var failure = await SlackApiHarness.FailureWithoutAdvancingAsync<SlackTransportException>(call);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
            Assert.That(failure.StatusCode, Is.Null);
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task A_read_that_times_out_is_retried()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(async (_, index, ct) =>
        {
            if (index == 0)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return ApiFixtures.Answer("users.info.ok.json");
        });

        var user = await harness.FinishAsync(harness.Api.GetUserInfoAsync("W012A3CDE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Id, Is.EqualTo("W012A3CDE"));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(2));
            Assert.That(harness.Slack.Requests[1].At - harness.Slack.Requests[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(10)));
        }
    }

    [Test]
    public async Task Cancelling_the_call_surfaces_as_cancellation_not_as_a_slack_failure()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.NeverAnswer();
        using var cancellation = new CancellationTokenSource();

        var call = harness.Api.PostMessageAsync(Hello, cancellation.Token);
        await SlackApiHarness.WaitUntilAsync(() => harness.Slack.Requests.Count == 1, "the attempt to start");
        await cancellation.CancelAsync();
        await SlackApiHarness.WaitUntilAsync(() => call.IsCompleted, "the call to end");

        Assert.That(call.IsCanceled, Is.True);
    }

    private static HttpRequestException ConnectionRefused() =>
        new(HttpRequestError.ConnectionError, "Connection refused (slack.test:443)", new SocketException((int)SocketError.ConnectionRefused));
}
