using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>Warnings are logged; tokens, capability URLs and message bodies stay out of logs and exceptions.</summary>
public sealed class SlackApiLoggingTests
{
    private const string ResponseUrlSecret = "ResponseUrlSecretPart";
    private const string WhatSomeoneWrote = "the-db-password-is-hunter2";

    [Test]
    public async Task Warnings_on_a_successful_call_are_logged_with_the_method_and_codes()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("conversations.join.already_in_channel.json"));

        var channel = await harness.FinishAsync(harness.Api.JoinConversationAsync("C061EG9SL"));

        var warnings = harness.LogRecords.Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel.Id, Is.EqualTo("C061EG9SL"));
            Assert.That(warnings, Is.EqualTo(new[] { "Slack method conversations.join succeeded with warnings: already_in_channel" }));
        }
    }

    [Test]
    public async Task Warning_codes_from_both_places_are_listed_once()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("chat.postMessage.ok_with_warning.json"));

        await harness.FinishAsync(harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }));

        Assert.That(
            harness.LogRecords.Single(r => r.Level == LogLevel.Warning).Message,
            Does.EndWith("warnings: missing_charset,superfluous_charset"));
    }

    [Test]
    public async Task No_token_url_secret_or_message_text_reaches_a_log_line_or_an_exception_message()
    {
        using var harness = new SlackApiHarness(options => options.RateLimitRetries = 1);
        var failures = new List<Exception>();
        var responseUrl = new Uri($"https://hooks.slack.com/commands/T0001/1234567890/{ResponseUrlSecret}");
        var post = new PostMessageRequest { Channel = "C1", Text = WhatSomeoneWrote };

        async Task Run(Func<HttpResponseMessage> answer, Func<Task> call)
        {
            harness.Slack.Answer(_ => answer());
            await Collect(call);
        }

        async Task Collect(Func<Task> call)
        {
            try
            {
                await harness.FinishAsync(call());
            }
            catch (Exception failure) when (failure is SlackApiException or SlackTransportException)
            {
                failures.Add(failure);
            }
        }

        await Run(() => ApiFixtures.Answer("chat.postMessage.channel_not_found.json"), () => harness.Api.PostMessageAsync(post));
        await Run(() => ApiFixtures.Answer("chat.postMessage.missing_scope.json"), () => harness.Api.PostMessageAsync(post));
        await Run(() => ApiFixtures.Answer("auth.test.invalid_auth.json"), () => harness.Api.AuthTestAsync());
        await Run(() => ApiFixtures.Answer("chat.postMessage.ok_with_warning.json"), () => harness.Api.PostMessageAsync(post));
        await Run(() => ApiFixtures.TooManyRequests(1), () => harness.Api.PostMessageAsync(post));
        await Run(() => ApiFixtures.TooManyRequests(600), () => harness.Api.OpenSocketModeConnectionAsync());
        await Run(() => ApiFixtures.Text("unavailable", HttpStatusCode.ServiceUnavailable), () => harness.Api.PostMessageAsync(post));
        await Run(() => ApiFixtures.Text("unavailable", HttpStatusCode.ServiceUnavailable), () => harness.Api.GetUserInfoAsync("U1"));
        await Run(() => ApiFixtures.Text("expired_url", HttpStatusCode.NotFound), () => harness.Api.PostToResponseUrlAsync(responseUrl, new JsonObject { ["text"] = WhatSomeoneWrote }));
        await Run(() => ApiFixtures.Text("unavailable", HttpStatusCode.BadGateway), () => harness.Api.UploadToUrlAsync(responseUrl, new MemoryStream([1]), "x.png"));
        harness.Slack.Throw(() => new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        await Collect(() => harness.Api.PostMessageAsync(post));

        var records = harness.LogRecords;
        var secrets = new[] { SlackApiHarness.BotToken, SlackApiHarness.AppToken, ResponseUrlSecret };
        var visible = records.Select(r => r.Message)
            .Concat(records.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()))
            .Concat(failures.Select(f => f.ToString()))
            .ToList();
        var aboveDebug = records.Where(r => r.Level > LogLevel.Debug).Select(r => r.Message).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Has.Count.EqualTo(10), "every scenario but the warning one failed");
            Assert.That(records, Has.Count.GreaterThan(20), "the scenarios were logged");
            foreach (var secret in secrets)
            {
                Assert.That(visible, Has.None.Contains(secret));
            }

            Assert.That(aboveDebug, Has.None.Contains(WhatSomeoneWrote));
            Assert.That(failures.Select(f => f.Message), Has.None.Contains(WhatSomeoneWrote));
        }
    }
}
