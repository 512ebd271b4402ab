using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackFaultTests
{
    private FakeTimeProvider clock = null!;
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = clock });
        api = new SlackApiTestClient(slack);
        slack.AddChannel("C1", "inc-42-db");
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task RateLimit_answers_429_with_Retry_After_and_the_next_call_goes_through()
    {
        slack.Faults.RateLimit("chat.postMessage", retryAfterSeconds: 7);

        var limited = await Post("first try");
        var retried = await Post("second try");

        Assert.Multiple(() =>
        {
            Assert.That(limited.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(limited.Error, Is.EqualTo("ratelimited"));
            Assert.That(retried.Ok, Is.True);
            Assert.That(slack.Messages("C1").Select(message => message.Text), Is.EqualTo(new[] { "second try" }));
        });
    }

    [Test]
    public async Task ServerError_before_processing_changes_nothing()
    {
        slack.Faults.ServerError("chat.postMessage", status: 503);

        var reply = await Post("lost");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(slack.Messages("C1"), Is.Empty);
            Assert.That(slack.Calls("chat.postMessage").Single().StatusCode, Is.EqualTo(503));
        });
    }

    [Test]
    public async Task ServerError_after_processing_stores_the_message_but_hides_the_answer()
    {
        slack.Faults.ServerError("chat.postMessage", status: 500, afterProcessing: true);

        var reply = await Post("did it land?");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(reply.Json, Is.Null);
            Assert.That(slack.Messages("C1").Single().Text, Is.EqualTo("did it land?"));
        });
    }

    [Test]
    public async Task Error_faults_are_consumed_in_order_one_per_call()
    {
        slack.Faults.Error("chat.postMessage", "fatal_error", times: 2);
        slack.Faults.RateLimit("chat.postMessage", retryAfterSeconds: 1);

        var replies = new List<ApiReply>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await Post($"attempt {i}"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(replies.Select(reply => (reply.Status, reply.Error)), Is.EqualTo(new[]
            {
                (HttpStatusCode.OK, "fatal_error"),
                (HttpStatusCode.OK, "fatal_error"),
                (HttpStatusCode.TooManyRequests, "ratelimited"),
                (HttpStatusCode.OK, (string?)null),
            }));
            Assert.That(slack.Faults.Pending("chat.postMessage"), Is.Zero);
            Assert.That(slack.Messages("C1").Select(message => message.Text), Is.EqualTo(new[] { "attempt 3" }));
        });
    }

    [Test]
    public async Task A_fault_only_affects_its_own_method()
    {
        slack.Faults.Error("chat.update", "edit_window_closed");

        var reply = await Post("unaffected");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(slack.Faults.Pending("chat.update"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Slow_holds_the_call_until_the_fakes_clock_has_moved_on()
    {
        slack.Faults.Slow("chat.postMessage", TimeSpan.FromSeconds(20));

        var pending = Post("eventually");
        await slack.WaitForAsync(s => s.CallsHeld("chat.postMessage") == 1);
        var finishedEarly = pending.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(20));
        var reply = await pending;

        Assert.Multiple(() =>
        {
            Assert.That(finishedEarly, Is.False);
            Assert.That(reply.Ok, Is.True);
            Assert.That(slack.Messages("C1").Single().Text, Is.EqualTo("eventually"));
        });
    }

    private Task<ApiReply> Post(string text) =>
        api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = text });
}
