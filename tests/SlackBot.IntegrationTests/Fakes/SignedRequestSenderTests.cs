using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class SignedRequestSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider clock = null!;
    private FakeSlack slack = null!;
    private CapturingBot bot = null!;
    private SignedRequestSender sender = null!;

    [SetUp]
    public async Task StartAsync()
    {
        clock = new FakeTimeProvider(Now);
        slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = clock });
        bot = await CapturingBot.StartAsync();
        sender = slack.SenderFor(bot.BaseUrl);
        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-42-db");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task An_event_arrives_signed_over_its_raw_bytes_in_an_event_callback_envelope()
    {
        var inner = new JsonObject { ["type"] = "reaction_added", ["user"] = "U1", ["reaction"] = "bulb" };

        using var response = await sender.SendEventAsync(inner, eventId: "Ev0TEST");

        var request = bot.Requests.Single();
        var envelope = JsonNode.Parse(request.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(request.Path, Is.EqualTo("/slack/events"));
            Assert.That(request.ContentType, Is.EqualTo("application/json"));
            Assert.That(request.Header(SlackSignature.TimestampHeader), Is.EqualTo(Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            Assert.That(request.Header(SlackSignature.SignatureHeader),
                Is.EqualTo(SlackSignature.Compute(slack.SigningSecret, Now.ToUnixTimeSeconds(), request.Body)));
            Assert.That(envelope["type"]!.GetValue<string>(), Is.EqualTo("event_callback"));
            Assert.That(envelope["event_id"]!.GetValue<string>(), Is.EqualTo("Ev0TEST"));
            Assert.That(envelope["team_id"]!.GetValue<string>(), Is.EqualTo(slack.TeamId));
            Assert.That(envelope["api_app_id"]!.GetValue<string>(), Is.EqualTo(slack.AppId));
            Assert.That(envelope["event_time"]!.GetValue<long>(), Is.EqualTo(Now.ToUnixTimeSeconds()));
            Assert.That(envelope["authorizations"]![0]!["user_id"]!.GetValue<string>(), Is.EqualTo(slack.BotUserId));
            Assert.That(envelope["event"]!["reaction"]!.GetValue<string>(), Is.EqualTo("bulb"));
            Assert.That(envelope["event"]!["event_ts"], Is.Not.Null);
            Assert.That(request.Header("X-Slack-Retry-Num"), Is.Null);
        });
    }

    [Test]
    public async Task A_retry_carries_Slacks_retry_headers()
    {
        using var response = await sender.SendEventAsync(new JsonObject { ["type"] = "app_mention" }, "Ev0SAME", retryNum: 1, retryReason: "http_timeout");

        var request = bot.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Header("X-Slack-Retry-Num"), Is.EqualTo("1"));
            Assert.That(request.Header("X-Slack-Retry-Reason"), Is.EqualTo("http_timeout"));
        });
    }

    [Test]
    public async Task Event_bodies_carry_raw_UTF8_and_escaped_slashes_like_Slacks()
    {
        using var response = await sender.SendEventAsync(new JsonObject { ["type"] = "message", ["text"] = "héllo ✓ see https://status.example/x" });

        var body = bot.Requests.Single().Body;
        var text = Encoding.UTF8.GetString(body);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("héllo ✓"));
            Assert.That(text, Does.Contain("https:\\/\\/status.example\\/x"));
            Assert.That(JsonNode.Parse(body)!["event"]!["text"]!.GetValue<string>(), Is.EqualTo("héllo ✓ see https://status.example/x"));
        });
    }

    [Test]
    public async Task Url_verification_sends_the_challenge()
    {
        using var response = await sender.SendUrlVerificationAsync("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        var body = JsonNode.Parse(bot.Requests.Single().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("url_verification"));
            Assert.That(body["challenge"]!.GetValue<string>(), Is.EqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        });
    }

    [Test]
    public async Task A_command_is_a_signed_form_whose_response_url_and_trigger_work_on_the_fake()
    {
        using var delivery = await sender.SendCommandAsync("/learn", "note the replica lag graph", "U1", "C1");

        var request = bot.Requests.Single();
        var form = QueryHelpers.ParseQuery(request.BodyText);
        using var http = new HttpClient();
        using var reply = await http.PostAsync(delivery.ResponseUrl,
            new StringContent("""{"response_type":"ephemeral","text":"Noted."}""", Encoding.UTF8, "application/json"));
        using var api = new SlackApiTestClient(slack);
        var modal = await api.PostJsonAsync("views.open", new JsonObject
        {
            ["trigger_id"] = form["trigger_id"].ToString(),
            ["view"] = new JsonObject
            {
                ["type"] = "modal",
                ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Note" },
                ["blocks"] = new JsonArray(),
            },
        });

        Assert.Multiple(() =>
        {
            Assert.That(request.Path, Is.EqualTo("/slack/commands"));
            Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(request.BodyText, Does.Contain("command=%2Flearn"));
            Assert.That(request.BodyText, Does.Contain("text=note+the+replica+lag+graph"));
            Assert.That(form["user_id"].ToString(), Is.EqualTo("U1"));
            Assert.That(form["channel_name"].ToString(), Is.EqualTo("inc-42-db"));
            Assert.That(form["response_url"].ToString(), Is.EqualTo(delivery.ResponseUrl.ToString()));
            Assert.That(request.Header(SlackSignature.SignatureHeader),
                Is.EqualTo(SlackSignature.Compute(slack.SigningSecret, Now.ToUnixTimeSeconds(), request.Body)));
            Assert.That(reply.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(slack.ResponseUrlPosts.Single().ResponseUrlId, Is.EqualTo(delivery.ResponseUrlId));
            Assert.That(slack.ResponseUrlPosts.Single().Body!["text"]!.GetValue<string>(), Is.EqualTo("Noted."));
            Assert.That(modal.Ok, Is.True);
        });
    }

    [Test]
    public async Task A_response_url_takes_five_posts_and_refuses_the_sixth()
    {
        using var delivery = await sender.SendCommandAsync("/learn", "", "U1", "C1");
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var reply = await http.PostAsync(delivery.ResponseUrl, new StringContent("""{"text":"again"}""", Encoding.UTF8, "application/json"));
            statuses.Add(reply.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.NotFound)));
    }

    [Test]
    public async Task An_interaction_is_a_form_with_one_payload_field()
    {
        using var response = await sender.SendInteractionAsync(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U1" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "answer", ["value"] = "q1" }),
        });

        var request = bot.Requests.Single();
        var form = QueryHelpers.ParseQuery(request.BodyText);
        var payload = JsonNode.Parse(form["payload"].ToString())!;
        Assert.Multiple(() =>
        {
            Assert.That(request.Path, Is.EqualTo("/slack/interactions"));
            Assert.That(form.Keys, Is.EqualTo(new[] { "payload" }));
            Assert.That(payload["actions"]![0]!["value"]!.GetValue<string>(), Is.EqualTo("q1"));
            Assert.That(payload["trigger_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(payload["response_url"]!.GetValue<string>(), Does.StartWith(slack.BaseUrl.ToString()));
        });
    }

    [TestCase(SigningMode.Valid, true)]
    [TestCase(SigningMode.NoHeaders, false)]
    [TestCase(SigningMode.MissingSignature, false)]
    [TestCase(SigningMode.MissingTimestamp, false)]
    [TestCase(SigningMode.Stale, false)]
    [TestCase(SigningMode.Future, false)]
    [TestCase(SigningMode.WrongVersion, false)]
    [TestCase(SigningMode.TamperedBody, false)]
    [TestCase(SigningMode.WrongSecret, false)]
    [TestCase(SigningMode.UppercaseSignature, false)]
    [TestCase(SigningMode.NonNumericTimestamp, false)]
    public async Task Each_signing_mode_is_judged_as_the_Slack_docs_say(SigningMode mode, bool acceptable)
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"Ev1"}""");

        using var response = await sender.SendRawAsync("/slack/events", body, "application/json", mode);

        Assert.That(VerifyLikeTheDocs(bot.Requests.Single(), slack.SigningSecret, Now), Is.EqualTo(acceptable));
    }

    [Test]
    public async Task A_tampered_body_is_the_signed_body_plus_six_dashes()
    {
        var body = Encoding.UTF8.GetBytes("token=x&text=hi");

        using var response = await sender.SendRawAsync("slack/commands", body, "application/x-www-form-urlencoded", SigningMode.TamperedBody);

        var request = bot.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.BodyText, Is.EqualTo("token=x&text=hi------"));
            Assert.That(request.Header(SlackSignature.SignatureHeader), Is.EqualTo(SlackSignature.Compute(slack.SigningSecret, Now.ToUnixTimeSeconds(), body)));
        });
    }

    [Test]
    public async Task A_person_posting_is_stored_and_delivered_as_a_message_event()
    {
        var parent = slack.AddMessage("C1", "U1", "the db is on fire");

        var ts = await sender.PostUserMessageAsync("C1", "U1", "failed over to the replica", parent);

        var inner = JsonNode.Parse(bot.Requests.Single().Body)!["event"]!;
        Assert.Multiple(() =>
        {
            Assert.That(slack.Thread("C1", parent).Single().Ts, Is.EqualTo(ts));
            Assert.That(inner["type"]!.GetValue<string>(), Is.EqualTo("message"));
            Assert.That(inner["ts"]!.GetValue<string>(), Is.EqualTo(ts));
            Assert.That(inner["thread_ts"]!.GetValue<string>(), Is.EqualTo(parent));
            Assert.That(inner["parent_user_id"]!.GetValue<string>(), Is.EqualTo("U1"));
            Assert.That(inner["channel_type"]!.GetValue<string>(), Is.EqualTo("channel"));
            Assert.That(inner["client_msg_id"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task A_person_posting_where_the_bot_is_absent_is_stored_but_not_delivered()
    {
        slack.AddChannel("C2", "random", botIsMember: false);

        var ts = await sender.PostUserMessageAsync("C2", "U1", "lunch?");

        Assert.Multiple(() =>
        {
            Assert.That(slack.Messages("C2").Single().Ts, Is.EqualTo(ts));
            Assert.That(bot.Requests, Is.Empty);
        });
    }

    /// <summary>The docs' algorithm (slack-protocol.md §1.2), written out here so the modes are judged independently.</summary>
    private static bool VerifyLikeTheDocs(CapturedRequest request, string secret, DateTimeOffset now)
    {
        var timestamp = request.Header(SlackSignature.TimestampHeader);
        var signature = request.Header(SlackSignature.SignatureHeader);
        if (timestamp is null || signature is null || !long.TryParse(timestamp, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300 || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return false;
        }

        return signature == SlackSignature.Compute(secret, seconds, request.Body);
    }
}
