using System.Net;
using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackAuthTests
{
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        slack = await FakeSlack.StartAsync();
        api = new SlackApiTestClient(slack);
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public void Each_instance_has_its_own_credentials_in_Slack_formats()
    {
        Assert.Multiple(() =>
        {
            Assert.That(slack.ApiBaseUrl.ToString(), Does.Match(@"^http://127\.0\.0\.1:\d+/api/$"));
            Assert.That(slack.BotToken, Does.StartWith("xoxb-"));
            Assert.That(slack.AppToken, Does.StartWith("xapp-1-"));
            Assert.That(slack.SigningSecret, Does.Match("^[0-9a-f]{32}$"));
            Assert.That((slack.TeamId, slack.BotUserId, slack.BotId), Is.EqualTo(("T0FAKE", "U0BOT", "B0BOT")));
        });
    }

    [Test]
    public async Task Auth_test_with_the_bot_token_names_the_bot()
    {
        var reply = await api.PostFormAsync("auth.test");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(reply.Body["user_id"]!.GetValue<string>(), Is.EqualTo(slack.BotUserId));
            Assert.That(reply.Body["bot_id"]!.GetValue<string>(), Is.EqualTo(slack.BotId));
            Assert.That(reply.Body["team_id"]!.GetValue<string>(), Is.EqualTo(slack.TeamId));
        });
    }

    [Test]
    public async Task A_call_without_a_token_is_not_authed()
    {
        api.Token = null;

        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "hi" });

        Assert.That((reply.Status, reply.Error), Is.EqualTo((HttpStatusCode.OK, "not_authed")));
    }

    [Test]
    public async Task A_wrong_token_is_invalid_auth_and_changes_nothing()
    {
        slack.AddChannel("C1", "general");
        api.Token = "xoxb-not-the-right-one";

        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "hi" });

        Assert.Multiple(() =>
        {
            Assert.That((reply.Status, reply.Error), Is.EqualTo((HttpStatusCode.OK, "invalid_auth")));
            Assert.That(slack.Messages("C1"), Is.Empty);
        });
    }

    [Test]
    public async Task The_app_token_is_not_accepted_for_bot_methods()
    {
        api.Token = slack.AppToken;

        var reply = await api.PostFormAsync("auth.test");

        Assert.That(reply.Error, Is.EqualTo("not_allowed_token_type"));
    }

    [Test]
    public async Task An_unknown_method_is_reported_as_such()
    {
        var reply = await api.PostFormAsync("chat.postMassage");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(reply.Error, Is.EqualTo("unknown_method"));
            Assert.That(slack.Calls("chat.postMassage"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_recorded_call_keeps_the_authorization_header_but_never_prints_it()
    {
        await api.PostFormAsync("auth.test", ("token", slack.BotToken));

        var call = slack.Calls("auth.test").Single();
        Assert.Multiple(() =>
        {
            Assert.That(call.Authorization, Is.EqualTo($"Bearer {slack.BotToken}"));
            Assert.That(call.ToString(), Does.Not.Contain(slack.BotToken));
            Assert.That(call.ToString(), Does.Contain("Bearer xoxb-***"));
        });
    }

    [Test]
    public async Task Responses_escape_slashes_the_way_Slack_does()
    {
        var reply = await api.PostFormAsync("auth.test");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Raw, Does.Contain("\"url\":\"https:\\/\\/fake.slack.com\\/\""));
            Assert.That(reply.Body["url"]!.GetValue<string>(), Is.EqualTo("https://fake.slack.com/"));
        });
    }
}
