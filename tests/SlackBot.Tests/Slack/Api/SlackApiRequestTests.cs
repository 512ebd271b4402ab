using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>What goes on the wire: URL, HTTP method, token, content type, body and query string.</summary>
public sealed class SlackApiRequestTests
{
    private const string Json = "application/json; charset=utf-8";
    private const string Bot = SlackApiHarness.BotToken;
    private const string App = SlackApiHarness.AppToken;

    private static readonly Uri ResponseUrl = new("https://hooks.slack.com/commands/T0001/1234567890/ResponseUrlSecretPart");
    private static readonly Uri UploadUrl = new("https://files.slack.com/upload/v1/CwABAAAAXAoAAZnb");

    private static readonly JsonObject SomeView = new() { ["type"] = "modal" };

    public static IEnumerable<TestCaseData> EveryCall()
    {
        static TestCaseData Case(string name, Func<ISlackApi, Task> call, string httpMethod, string target, string? token, string? contentType) =>
            new TestCaseData(call, httpMethod, target, token, contentType).SetArgDisplayNames(name);

        static string Api(string method) => SlackApiHarness.BaseUrl + method;

        yield return Case("auth.test", api => api.AuthTestAsync(), "POST", Api("auth.test"), Bot, Json);
        yield return Case("chat.postMessage", api => api.PostMessageAsync(new() { Channel = "C1", Text = "hi" }), "POST", Api("chat.postMessage"), Bot, Json);
        yield return Case("chat.postEphemeral", api => api.PostEphemeralAsync(new() { Channel = "C1", User = "U1", Text = "hi" }), "POST", Api("chat.postEphemeral"), Bot, Json);
        yield return Case("chat.update", api => api.UpdateMessageAsync(new() { Channel = "C1", Ts = "1.2", Text = "hi" }), "POST", Api("chat.update"), Bot, Json);
        yield return Case("chat.getPermalink", api => api.GetPermalinkAsync("C1", "1.2"), "GET", Api("chat.getPermalink"), Bot, null);
        yield return Case("conversations.info", api => api.GetConversationInfoAsync("C1"), "GET", Api("conversations.info"), Bot, null);
        yield return Case("conversations.history", api => api.GetConversationHistoryAsync(new() { Channel = "C1" }), "GET", Api("conversations.history"), Bot, null);
        yield return Case("conversations.replies", api => api.GetConversationRepliesAsync(new() { Channel = "C1", Ts = "1.2" }), "GET", Api("conversations.replies"), Bot, null);
        yield return Case("conversations.members", api => api.GetConversationMembersAsync("G1", "dXNlcjpVMDYx"), "GET", Api("conversations.members"), Bot, null);
        yield return Case("conversations.join", api => api.JoinConversationAsync("C1"), "POST", Api("conversations.join"), Bot, Json);
        yield return Case("conversations.open", api => api.OpenDirectMessageAsync("U1"), "POST", Api("conversations.open"), Bot, Json);
        yield return Case("users.info", api => api.GetUserInfoAsync("U1"), "GET", Api("users.info"), Bot, null);
        yield return Case("reactions.add", api => api.AddReactionAsync("C1", "1.2", "bulb"), "POST", Api("reactions.add"), Bot, Json);
        yield return Case("views.open", api => api.OpenViewAsync("13345224609.738474920.8088930838d88f008e0", SomeView), "POST", Api("views.open"), Bot, Json);
        yield return Case("views.publish", api => api.PublishViewAsync("U1", SomeView), "POST", Api("views.publish"), Bot, Json);
        yield return Case("views.update", api => api.UpdateViewAsync("V1", SomeView), "POST", Api("views.update"), Bot, Json);
        yield return Case("files.getUploadURLExternal", api => api.GetUploadUrlExternalAsync("chart.png", 3), "GET", Api("files.getUploadURLExternal"), Bot, null);
        yield return Case("files.completeUploadExternal", api => api.CompleteUploadExternalAsync(new() { Files = [new("F1", "chart.png")] }), "POST", Api("files.completeUploadExternal"), Bot, Json);
        yield return Case("apps.connections.open", api => api.OpenSocketModeConnectionAsync(), "POST", Api("apps.connections.open"), App, "application/x-www-form-urlencoded");
        yield return Case("response_url", api => api.PostToResponseUrlAsync(ResponseUrl, new JsonObject { ["text"] = "hi" }), "POST", ResponseUrl.AbsoluteUri, null, Json);
        yield return Case("file upload", api => api.UploadToUrlAsync(UploadUrl, new MemoryStream([1, 2, 3]), "chart.png"), "POST", UploadUrl.AbsoluteUri, null, "multipart/form-data");
    }

    [TestCaseSource(nameof(EveryCall))]
    public async Task Each_call_goes_to_its_url_with_its_token_and_content_type(
        Func<ISlackApi, Task> call, string httpMethod, string target, string? token, string? contentType)
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(call(harness.Api));

        var request = harness.Slack.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.HttpMethod.Method, Is.EqualTo(httpMethod));
            Assert.That(request.Uri.GetLeftPart(UriPartial.Path), Is.EqualTo(target));
            Assert.That(request.Authorization, Is.EqualTo(token is null ? null : $"Bearer {token}"));
            if (contentType is null)
            {
                Assert.That(request.ContentType, Is.Null, "reads carry their arguments in the query string");
                Assert.That(request.Uri.Query, Is.Not.Empty);
            }
            else
            {
                Assert.That(request.ContentType, Does.StartWith(contentType));
            }
        }
    }

    [Test]
    public async Task PostMessage_sends_snake_case_json_and_leaves_unset_arguments_out()
    {
        using var harness = new SlackApiHarness();
        var request = new PostMessageRequest
        {
            Channel = "C123ABC456",
            Text = "What did you notice first?",
            Blocks = [new JsonObject { ["type"] = "divider" }],
            ThreadTs = "1503435956.000247",
            ReplyBroadcast = false,
            UnfurlLinks = false,
            Metadata = new MessageMetadata("learning_question", new JsonObject { ["moment_id"] = "m-17" }),
        };

        await harness.FinishAsync(harness.Api.PostMessageAsync(request));

        var expected = JsonNode.Parse("""
            {
              "channel": "C123ABC456",
              "text": "What did you notice first?",
              "blocks": [ { "type": "divider" } ],
              "thread_ts": "1503435956.000247",
              "reply_broadcast": false,
              "unfurl_links": false,
              "metadata": { "event_type": "learning_question", "event_payload": { "moment_id": "m-17" } }
            }
            """);
        var sent = JsonNode.Parse(harness.Slack.Single.Body!);
        Assert.That(JsonNode.DeepEquals(sent, expected), Is.True, sent!.ToJsonString());
    }

    [Test]
    public async Task History_arguments_travel_as_an_encoded_query_string()
    {
        using var harness = new SlackApiHarness();
        var request = new HistoryRequest
        {
            Channel = "C012AB3CD",
            Cursor = "dXNlcjpVMDYxTkZUVDI=",
            Limit = 200,
            Oldest = "1512085950.000216",
            Inclusive = true,
            IncludeAllMetadata = true,
        };

        await harness.FinishAsync(harness.Api.GetConversationHistoryAsync(request));

        var sent = harness.Slack.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Uri.Query, Is.EqualTo(
                "?channel=C012AB3CD&cursor=dXNlcjpVMDYxTkZUVDI%3D&limit=200&oldest=1512085950.000216&inclusive=true&include_all_metadata=true"));
            Assert.That(sent.Body, Is.Null);
        }
    }

    [Test]
    public async Task Replies_name_the_thread_by_its_parent_ts()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.GetConversationRepliesAsync(new() { Channel = "C1", Ts = "1482960137.003543", Limit = 50 }));

        Assert.That(harness.Slack.Single.Uri.Query, Is.EqualTo("?channel=C1&ts=1482960137.003543&limit=50"));
    }

    [Test]
    public async Task Permalink_user_and_upload_reads_name_their_arguments()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.GetPermalinkAsync("C1", "1503435956.000247"));
        await harness.FinishAsync(harness.Api.GetUserInfoAsync("W012A3CDE"));
        await harness.FinishAsync(harness.Api.GetUploadUrlExternalAsync("weekly digest.png", 53072));

        Assert.That(harness.Slack.Requests.Select(r => r.Uri.Query), Is.EqualTo(new[]
        {
            "?channel=C1&message_ts=1503435956.000247",
            "?user=W012A3CDE",
            "?filename=weekly%20digest.png&length=53072",
        }));
    }

    [Test]
    public async Task Reaction_names_are_sent_without_colons()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.AddReactionAsync("C1", "1503435956.000247", ":bulb:"));

        AssertJson(harness.Slack.Single.Body, """{"channel":"C1","timestamp":"1503435956.000247","name":"bulb"}""");
    }

    [Test]
    public async Task View_calls_send_the_view_and_only_a_given_hash()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.OpenViewAsync("trigger-1", new JsonObject { ["type"] = "modal" }));
        await harness.FinishAsync(harness.Api.PublishViewAsync("U1", new JsonObject { ["type"] = "home" }, hash: "156772938.1827394"));
        await harness.FinishAsync(harness.Api.UpdateViewAsync("V1", new JsonObject { ["type"] = "modal" }));

        var bodies = harness.Slack.Requests.Select(r => r.Body).ToList();
        AssertJson(bodies[0], """{"trigger_id":"trigger-1","view":{"type":"modal"}}""");
        AssertJson(bodies[1], """{"user_id":"U1","view":{"type":"home"},"hash":"156772938.1827394"}""");
        AssertJson(bodies[2], """{"view_id":"V1","view":{"type":"modal"}}""");
    }

    [Test]
    public async Task Auth_test_and_join_send_small_json_bodies()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.AuthTestAsync());
        await harness.FinishAsync(harness.Api.JoinConversationAsync("C061EG9SL"));

        AssertJson(harness.Slack.Requests[0].Body, "{}");
        AssertJson(harness.Slack.Requests[1].Body, """{"channel":"C061EG9SL"}""");
    }

    [Test]
    public async Task Complete_upload_lists_files_and_where_to_share_them()
    {
        using var harness = new SlackApiHarness();
        var request = new CompleteUploadRequest
        {
            Files = [new SlackFileRef("F07CSQRJBK5", "weekly-digest.png")],
            ChannelId = "C1",
            InitialComment = "This week's learning",
            ThreadTs = "1503435956.000247",
        };

        await harness.FinishAsync(harness.Api.CompleteUploadExternalAsync(request));

        AssertJson(harness.Slack.Single.Body, """
            {"files":[{"id":"F07CSQRJBK5","title":"weekly-digest.png"}],"channel_id":"C1",
             "initial_comment":"This week's learning","thread_ts":"1503435956.000247"}
            """);
    }

    [Test]
    public async Task Socket_mode_connection_carries_the_app_token_only_in_the_header()
    {
        using var harness = new SlackApiHarness();

        await harness.FinishAsync(harness.Api.OpenSocketModeConnectionAsync());

        var sent = harness.Slack.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Body, Is.Empty);
            Assert.That(sent.Uri.Query, Is.Empty);
        }
    }

    [Test]
    public void Socket_mode_without_an_app_token_fails_before_calling_slack()
    {
        using var harness = new SlackApiHarness(options => options.AppToken = null);

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => harness.Api.OpenSocketModeConnectionAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain("AppToken"));
            Assert.That(harness.Slack.Requests, Is.Empty);
        }
    }

    [Test]
    public async Task Upload_sends_the_file_as_form_data_and_leaves_the_callers_stream_open()
    {
        using var harness = new SlackApiHarness();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("PNG-BYTES"));

        await harness.FinishAsync(harness.Api.UploadToUrlAsync(UploadUrl, file, "weekly-digest.png"));

        var body = harness.Slack.Single.Body;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("PNG-BYTES"));
            Assert.That(body, Does.Contain("name=filename"));
            Assert.That(body, Does.Contain("filename=weekly-digest.png"));
            Assert.That(file.CanRead, Is.True, "the caller owns the stream");
        }
    }

    private static void AssertJson(string? actual, string expected)
    {
        var sent = JsonNode.Parse(actual!);
        Assert.That(JsonNode.DeepEquals(sent, JsonNode.Parse(expected)), Is.True, sent!.ToJsonString());
    }
}
