using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackChatTests
{
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        slack = await FakeSlack.StartAsync();
        api = new SlackApiTestClient(slack);
        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-42-db");
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task PostMessage_stores_the_message_with_a_unique_increasing_ts_and_records_the_call()
    {
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "*hi*" } });
        var first = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "one", ["blocks"] = blocks });
        var second = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "two" });

        var firstTs = first.Body["ts"]!.GetValue<string>();
        var secondTs = second.Body["ts"]!.GetValue<string>();
        var stored = slack.Messages("C1");
        var call = slack.Calls("chat.postMessage")[0];
        Assert.Multiple(() =>
        {
            Assert.That(firstTs, Does.Match(@"^\d{10}\.\d{6}$"));
            Assert.That(decimal.Parse(secondTs, System.Globalization.CultureInfo.InvariantCulture),
                Is.GreaterThan(decimal.Parse(firstTs, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(stored.Select(message => (message.Ts, message.Text)), Is.EqualTo(new[] { (firstTs, "one"), (secondTs, "two") }));
            Assert.That(stored[0].User, Is.EqualTo(slack.BotUserId));
            Assert.That(stored[0].BotId, Is.EqualTo(slack.BotId));
            Assert.That(stored[0].Blocks!.ToJsonString(), Is.EqualTo(blocks.ToJsonString()));
            Assert.That(first.Body["message"]!["bot_id"]!.GetValue<string>(), Is.EqualTo(slack.BotId));
            Assert.That(call.Args["text"]!.GetValue<string>(), Is.EqualTo("one"));
            Assert.That(call.Args["blocks"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(call.ContentType, Is.EqualTo("application/json; charset=utf-8"));
        });
    }

    [Test]
    public async Task PostMessage_accepts_form_fields_with_blocks_and_metadata_as_JSON_text()
    {
        var reply = await api.PostFormAsync("chat.postMessage",
            ("channel", "C1"),
            ("text", "fallback"),
            ("blocks", """[{"type":"divider"}]"""),
            ("metadata", """{"event_type":"learning_moment","event_payload":{"moment":"m1"}}"""));

        var stored = slack.Messages("C1").Single();
        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(stored.Blocks![0]!["type"]!.GetValue<string>(), Is.EqualTo("divider"));
            Assert.That(stored.Metadata!["event_payload"]!["moment"]!.GetValue<string>(), Is.EqualTo("m1"));
        });
    }

    [Test]
    public async Task A_JSON_body_without_charset_gets_the_missing_charset_warning()
    {
        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "hi" }, "application/json");

        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(reply.Body["warning"]!.GetValue<string>(), Is.EqualTo("missing_charset"));
            Assert.That(reply.Body["response_metadata"]!["warnings"]![0]!.GetValue<string>(), Is.EqualTo("missing_charset"));
        });
    }

    [Test]
    public async Task A_JSON_body_with_charset_gets_no_warning()
    {
        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "hi" });

        Assert.That(reply.Body.ContainsKey("warning"), Is.False);
    }

    [TestCaseSource(nameof(PostMessageErrors))]
    public async Task PostMessage_refuses_like_Slack(JsonObject? channel, JsonObject args, string expectedError)
    {
        if (channel is not null)
        {
            slack.AddChannel(channel["id"]!.GetValue<string>(), channel["name"]!.GetValue<string>(),
                channel["isPrivate"]!.GetValue<bool>(), channel["botIsMember"]!.GetValue<bool>(), channel["isArchived"]!.GetValue<bool>());
        }

        var reply = await api.PostJsonAsync("chat.postMessage", args);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Error, Is.EqualTo(expectedError));
            Assert.That(slack.Calls("chat.postMessage").Single().Response!["ok"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task A_reply_with_thread_ts_lands_in_the_thread()
    {
        var parent = slack.AddMessage("C1", "U1", "the db is on fire");

        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["thread_ts"] = parent, ["text"] = "what did you notice first?" });

        var thread = slack.Thread("C1", parent);
        Assert.Multiple(() =>
        {
            Assert.That(thread.Select(message => message.Ts), Is.EqualTo(new[] { reply.Body["ts"]!.GetValue<string>() }));
            Assert.That(thread[0].ThreadTs, Is.EqualTo(parent));
        });
    }

    [Test]
    public async Task Posting_to_a_user_id_lands_in_the_apps_direct_message_with_that_user()
    {
        var reply = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "U1", ["text"] = "a question for you" });

        var dm = slack.DirectMessageChannelFor("U1");
        Assert.Multiple(() =>
        {
            Assert.That(reply.Body["channel"]!.GetValue<string>(), Is.EqualTo(dm));
            Assert.That(dm, Does.StartWith("D"));
            Assert.That(slack.Messages(dm).Single().Text, Is.EqualTo("a question for you"));
        });
    }

    [Test]
    public async Task Update_edits_the_bots_own_message()
    {
        var posted = await api.PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "draft" });
        var ts = posted.Body["ts"]!.GetValue<string>();

        var reply = await api.PostJsonAsync("chat.update", new JsonObject { ["channel"] = "C1", ["ts"] = ts, ["text"] = "final" });

        var stored = slack.Messages("C1").Single();
        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(stored.Text, Is.EqualTo("final"));
            Assert.That(stored.Edited?.User, Is.EqualTo(slack.BotUserId));
        });
    }

    [Test]
    public async Task Update_of_someone_elses_message_is_refused()
    {
        var ts = slack.AddMessage("C1", "U1", "mine");

        var reply = await api.PostJsonAsync("chat.update", new JsonObject { ["channel"] = "C1", ["ts"] = ts, ["text"] = "yours now" });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Error, Is.EqualTo("cant_update_message"));
            Assert.That(slack.Messages("C1").Single().Text, Is.EqualTo("mine"));
        });
    }

    [Test]
    public async Task GetPermalink_links_parents_plainly_and_replies_with_their_thread()
    {
        var parent = slack.AddMessage("C1", "U1", "parent");
        var child = slack.AddMessage("C1", "U1", "child", parent);

        var parentLink = await api.GetAsync("chat.getPermalink", ("channel", "C1"), ("message_ts", parent));
        var childLink = await api.GetAsync("chat.getPermalink", ("channel", "C1"), ("message_ts", child));

        Assert.Multiple(() =>
        {
            Assert.That(parentLink.Body["permalink"]!.GetValue<string>(),
                Is.EqualTo($"https://fake.slack.com/archives/C1/p{parent.Replace(".", "", StringComparison.Ordinal)}"));
            Assert.That(childLink.Body["permalink"]!.GetValue<string>(),
                Is.EqualTo($"https://fake.slack.com/archives/C1/p{child.Replace(".", "", StringComparison.Ordinal)}?thread_ts={parent}&cid=C1"));
        });
    }

    [Test]
    public async Task PostEphemeral_is_kept_apart_from_channel_history()
    {
        var reply = await api.PostJsonAsync("chat.postEphemeral", new JsonObject { ["channel"] = "C1", ["user"] = "U1", ["text"] = "only you" });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Body["message_ts"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(slack.EphemeralMessages.Single().User, Is.EqualTo("U1"));
            Assert.That(slack.Messages("C1"), Is.Empty);
        });
    }

    [Test]
    public async Task Reacting_twice_with_the_same_emoji_is_already_reacted()
    {
        var ts = slack.AddMessage("C1", "U1", "a clever workaround");

        var first = await api.PostJsonAsync("reactions.add", new JsonObject { ["channel"] = "C1", ["timestamp"] = ts, ["name"] = "bulb" });
        var second = await api.PostJsonAsync("reactions.add", new JsonObject { ["channel"] = "C1", ["timestamp"] = ts, ["name"] = "bulb" });

        Assert.Multiple(() =>
        {
            Assert.That(first.Ok, Is.True);
            Assert.That(second.Error, Is.EqualTo("already_reacted"));
            Assert.That(slack.Reactions.Select(reaction => (reaction.Ts, reaction.Name, reaction.User)),
                Is.EqualTo(new[] { (ts, "bulb", slack.BotUserId) }));
        });
    }

    private static IEnumerable<TestCaseData> PostMessageErrors() =>
        FakesFixtures.Load("post-message-errors.json")["cases"]!.AsArray().Select(item => new TestCaseData(
                item!["channel"] as JsonObject,
                item["args"]!.AsObject(),
                item["error"]!.GetValue<string>())
            .SetArgDisplayNames(item["name"]!.GetValue<string>()));
}
