using System.Net;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>ok:false and other unusable answers become typed exceptions.</summary>
public sealed class SlackApiErrorTests
{
    public static IEnumerable<TestCaseData> ErrorAnswers()
    {
        static TestCaseData Case(string fixture, string method, string error, Func<ISlackApi, Task> call) =>
            new TestCaseData(fixture, method, error, call).SetArgDisplayNames(fixture);

        yield return Case("chat.postMessage.channel_not_found.json", "chat.postMessage", "channel_not_found",
            api => api.PostMessageAsync(new() { Channel = "C404", Text = "hi" }));
        yield return Case("chat.postMessage.not_in_channel.json", "chat.postMessage", "not_in_channel",
            api => api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));
        yield return Case("chat.postMessage.missing_scope.json", "chat.postMessage", "missing_scope",
            api => api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));
        yield return Case("auth.test.invalid_auth.json", "auth.test", "invalid_auth",
            api => api.AuthTestAsync());
        yield return Case("chat.update.cant_update_message.json", "chat.update", "cant_update_message",
            api => api.UpdateMessageAsync(new() { Channel = "C1", Ts = "1.2", Text = "hi" }));
        yield return Case("views.open.invalid_arguments.json", "views.open", "invalid_arguments",
            api => api.OpenViewAsync("expired-trigger", new JsonObject()));
        yield return Case("conversations.join.is_archived.json", "conversations.join", "is_archived",
            api => api.JoinConversationAsync("C1"));
    }

    [TestCaseSource(nameof(ErrorAnswers))]
    public async Task An_ok_false_answer_becomes_a_SlackApiException_with_slacks_code(
        string fixture, string method, string error, Func<ISlackApi, Task> call)
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer(fixture));

        var failure = await harness.FailureOfAsync<SlackApiException>(call(harness.Api));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.GetType(), Is.EqualTo(typeof(SlackApiException)));
            Assert.That(failure.Method, Is.EqualTo(method));
            Assert.That(failure.Error, Is.EqualTo(error));
            Assert.That(failure.Message, Does.StartWith($"Slack method {method} failed: {error}"));
            Assert.That(SlackErrors.IsPermanent(failure.Error), Is.True);
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1), "an error answer is final");
        }
    }

    [Test]
    public async Task Missing_scope_says_which_scope_is_needed()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("chat.postMessage.missing_scope.json"));

        var failure = await harness.FailureOfAsync<SlackApiException>(harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Needed, Is.EqualTo("chat:write"));
            Assert.That(failure.Provided, Is.EqualTo("channels:read,users:read"));
            Assert.That(failure.Message, Is.EqualTo("Slack method chat.postMessage failed: missing_scope (needs scope chat:write)"));
        }
    }

    [Test]
    public async Task Validation_messages_are_kept()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("views.open.invalid_arguments.json"));

        var failure = await harness.FailureOfAsync<SlackApiException>(harness.Api.OpenViewAsync("expired", new JsonObject()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Messages, Is.EqualTo(new[] { "invalid `trigger_id`" }));
            Assert.That(failure.Message, Does.EndWith("(invalid `trigger_id`)"));
        }
    }

    [Test]
    public async Task A_ratelimited_error_in_an_ordinary_answer_is_a_SlackRateLimitedException()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("chat.postMessage.ratelimited.json"));

        var failure = await harness.FailureOfAsync<SlackRateLimitedException>(harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Error, Is.EqualTo("ratelimited"));
            Assert.That(failure.RetryAfter, Is.Null);
        }
    }

    [Test]
    public async Task An_answer_that_is_not_json_is_a_transport_failure_that_may_have_been_processed()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Text("<html>upstream gateway</html>"));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.StatusCode, Is.EqualTo(200));
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
        }
    }

    [Test]
    public async Task An_ok_answer_without_the_promised_field_is_not_passed_off_as_success()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Json("""{"ok":true,"channel":"C1"}"""));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));

        Assert.That(failure.Message, Does.Contain("'ts'"));
    }

    [Test]
    public async Task A_client_error_status_without_a_slack_error_is_a_transport_failure()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Text("<html>not found</html>", HttpStatusCode.NotFound));

        var failure = await harness.FailureOfAsync<SlackTransportException>(harness.Api.GetUserInfoAsync("U1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.StatusCode, Is.EqualTo(404));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(1), "a 404 is not worth repeating");
        }
    }

    [Test]
    public async Task An_expired_response_url_reports_slacks_plain_text_code()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Text("expired_url", HttpStatusCode.NotFound));

        var failure = await harness.FailureOfAsync<SlackApiException>(
            harness.Api.PostToResponseUrlAsync(new Uri("https://hooks.slack.com/commands/T1/2/secret"), new JsonObject { ["text"] = "hi" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Method, Is.EqualTo("response_url"));
            Assert.That(failure.Error, Is.EqualTo("expired_url"));
        }
    }

    [Test]
    public async Task A_response_url_json_error_is_reported_even_on_http_200()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Json("""{"ok":false,"error":"no_text"}"""));

        var failure = await harness.FailureOfAsync<SlackApiException>(
            harness.Api.PostToResponseUrlAsync(new Uri("https://hooks.slack.com/commands/T1/2/secret"), new JsonObject()));

        Assert.That(failure.Error, Is.EqualTo("no_text"));
    }
}
