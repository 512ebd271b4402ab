using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackViewsAndFilesTests
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
    public async Task Views_open_without_a_trigger_is_refused()
    {
        var reply = await api.PostJsonAsync("views.open", new JsonObject { ["view"] = Modal() });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Error, Is.EqualTo("invalid_arguments"));
            Assert.That(slack.OpenedViews, Is.Empty);
        });
    }

    [Test]
    public async Task Views_open_with_an_issued_trigger_opens_a_modal_once()
    {
        var trigger = slack.IssueTriggerId("U1");

        var opened = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal() });
        var reused = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal() });

        var view = slack.OpenedViews.Single();
        Assert.Multiple(() =>
        {
            Assert.That(opened.Body["view"]!["id"]!.GetValue<string>(), Does.StartWith("V"));
            Assert.That(view.UserId, Is.EqualTo("U1"));
            Assert.That(view.View["callback_id"]!.GetValue<string>(), Is.EqualTo("learn_modal"));
            Assert.That(reused.Error, Is.EqualTo("exchanged_trigger_id"));
        });
    }

    [Test]
    public async Task A_trigger_expires_after_three_seconds()
    {
        var trigger = slack.IssueTriggerId("U1");
        clock.Advance(TimeSpan.FromSeconds(3.5));

        var reply = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal() });

        Assert.That(reply.Error, Is.EqualTo("expired_trigger_id"));
    }

    [Test]
    public async Task A_modal_with_inputs_needs_a_submit_button()
    {
        var view = Modal();
        view.Remove("submit");

        var reply = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = slack.IssueTriggerId("U1"), ["view"] = view });

        Assert.That(reply.Error, Is.EqualTo("invalid_arguments"));
    }

    [Test]
    public async Task Views_publish_keeps_the_latest_home_tab_per_user_and_guards_with_hash()
    {
        var first = await api.PostJsonAsync("views.publish", new JsonObject { ["user_id"] = "U1", ["view"] = Home("first") });
        var hash = first.Body["view"]!["hash"]!.GetValue<string>();
        var second = await api.PostJsonAsync("views.publish", new JsonObject { ["user_id"] = "U1", ["view"] = Home("second"), ["hash"] = hash });
        var stale = await api.PostJsonAsync("views.publish", new JsonObject { ["user_id"] = "U1", ["view"] = Home("third"), ["hash"] = hash });

        var published = slack.PublishedViews["U1"];
        Assert.Multiple(() =>
        {
            Assert.That(second.Ok, Is.True);
            Assert.That(stale.Error, Is.EqualTo("hash_conflict"));
            Assert.That(published.View["blocks"]![0]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo("second"));
            Assert.That(published.Id, Is.EqualTo(first.Body["view"]!["id"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Views_update_replaces_an_open_modal()
    {
        var opened = await api.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = slack.IssueTriggerId("U1"), ["view"] = Modal() });
        var viewId = opened.Body["view"]!["id"]!.GetValue<string>();
        var changed = Modal();
        changed["private_metadata"] = "updated";

        var reply = await api.PostJsonAsync("views.update", new JsonObject { ["view_id"] = viewId, ["view"] = changed });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.True);
            Assert.That(slack.OpenedViews.Single().View["private_metadata"]!.GetValue<string>(), Is.EqualTo("updated"));
        });
    }

    [Test]
    public async Task A_file_goes_through_reserve_upload_and_complete()
    {
        var content = Encoding.UTF8.GetBytes("# Findings\n- the replica lag graph\n");
        var reserved = await api.PostFormAsync("files.getUploadURLExternal", ("filename", "findings.md"), ("length", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var uploadUrl = new Uri(reserved.Body["upload_url"]!.GetValue<string>());
        var fileId = reserved.Body["file_id"]!.GetValue<string>();

        using var http = new HttpClient();
        using var upload = await http.PostAsync(uploadUrl, new ByteArrayContent(content));
        var completed = await api.PostJsonAsync("files.completeUploadExternal", new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = "Findings" }),
            ["channel_id"] = "C1",
            ["initial_comment"] = "What we learned",
        });

        var file = slack.UploadedFiles.Single();
        Assert.Multiple(() =>
        {
            Assert.That(uploadUrl.Authority, Is.EqualTo(slack.BaseUrl.Authority));
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(completed.Ok, Is.True);
            Assert.That(file.Content, Is.EqualTo(content));
            Assert.That((file.Completed, file.Title, file.ChannelId, file.InitialComment), Is.EqualTo((true, "Findings", "C1", "What we learned")));
        });
    }

    [Test]
    public async Task A_file_is_shared_into_a_DM_only_by_its_conversation_id_as_on_live_Slack()
    {
        var content = Encoding.UTF8.GetBytes("# Export\n");
        var reserved = await api.PostFormAsync("files.getUploadURLExternal", ("filename", "export.md"), ("length", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var fileId = reserved.Body["file_id"]!.GetValue<string>();
        using var http = new HttpClient();
        using var upload = await http.PostAsync(new Uri(reserved.Body["upload_url"]!.GetValue<string>()), new ByteArrayContent(content));
        JsonObject Complete(string channel) => new()
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId }),
            ["channel_id"] = channel,
        };

        var byUser = await api.PostJsonAsync("files.completeUploadExternal", Complete("U1"));
        var opened = await api.PostJsonAsync("conversations.open", new JsonObject { ["users"] = "U1" });
        var dm = opened.Body["channel"]!["id"]!.GetValue<string>();
        var byConversation = await api.PostJsonAsync("files.completeUploadExternal", Complete(dm));

        Assert.Multiple(() =>
        {
            Assert.That(byUser.Error, Is.EqualTo("invalid_arguments"), "a user id is not a conversation id");
            Assert.That(opened.Ok, Is.True);
            Assert.That(dm, Is.EqualTo(slack.DirectMessageChannelFor("U1")), "the same DM every time");
            Assert.That(byConversation.Ok, Is.True);
            Assert.That(slack.UploadedFiles.Single().ChannelId, Is.EqualTo(dm));
        });
    }

    [Test]
    public async Task Opening_a_DM_with_an_unknown_person_fails()
    {
        var reply = await api.PostJsonAsync("conversations.open", new JsonObject { ["users"] = "U0NOBODY" });

        Assert.That(reply.Error, Is.EqualTo("user_not_found"));
    }

    [Test]
    public async Task Reserving_an_upload_with_a_JSON_body_fails_as_on_live_Slack()
    {
        var reply = await api.PostJsonAsync("files.getUploadURLExternal", new JsonObject { ["filename"] = "a.txt", ["length"] = 3 });

        Assert.That(reply.Error, Is.EqualTo("invalid_arguments"));
    }

    private static JsonObject Modal() => new()
    {
        ["type"] = "modal",
        ["callback_id"] = "learn_modal",
        ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Teach the bot" },
        ["submit"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Save" },
        ["private_metadata"] = "C1",
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = "fact",
            ["label"] = new JsonObject { ["type"] = "plain_text", ["text"] = "What should I learn?" },
            ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = "fact_input" },
        }),
    };

    private static JsonObject Home(string text) => new()
    {
        ["type"] = "home",
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text },
        }),
    };
}
