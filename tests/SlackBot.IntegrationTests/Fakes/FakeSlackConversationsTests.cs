using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackConversationsTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider clock = null!;
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        clock = new FakeTimeProvider(Start);
        slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = clock });
        api = new SlackApiTestClient(slack);
        slack.AddUser("U1", "alice");
        slack.AddUser("U2", "bob", "America/New_York", "Bob Jones");
        slack.AddChannel("C1", "inc-42-db");
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task History_pages_through_parents_newest_first_with_cursors()
    {
        var posted = Enumerable.Range(1, 5).Select(i => slack.AddMessage("C1", "U1", $"message {i}")).ToList();
        slack.AddMessage("C1", "U2", "a reply stays in its thread", posted[0]);

        var seen = new List<string>();
        var pages = 0;
        string? cursor = null;
        do
        {
            (string, string)[] query = cursor is null ? [("channel", "C1"), ("limit", "2")] : [("channel", "C1"), ("limit", "2"), ("cursor", cursor)];
            var page = await api.GetAsync("conversations.history", query);
            pages++;
            seen.AddRange(page.Body["messages"]!.AsArray().Select(message => message!["ts"]!.GetValue<string>()));
            cursor = page.Body["has_more"]!.GetValue<bool>() ? page.Body["response_metadata"]!["next_cursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(seen, Is.EqualTo(Enumerable.Reverse(posted)));
        });
    }

    [Test]
    public async Task History_bounds_are_exclusive_unless_inclusive()
    {
        var ts = Enumerable.Range(1, 4).Select(i =>
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            return slack.AddMessage("C1", "U1", $"m{i}");
        }).ToList();

        var exclusive = await api.GetAsync("conversations.history", ("channel", "C1"), ("oldest", ts[0]), ("latest", ts[3]));
        var inclusive = await api.GetAsync("conversations.history", ("channel", "C1"), ("oldest", ts[0]), ("latest", ts[3]), ("inclusive", "true"));

        Assert.Multiple(() =>
        {
            Assert.That(Timestamps(exclusive), Is.EqualTo(new[] { ts[2], ts[1] }));
            Assert.That(Timestamps(inclusive), Is.EqualTo(new[] { ts[3], ts[2], ts[1], ts[0] }));
        });
    }

    [Test]
    public async Task History_returns_metadata_only_when_asked_for_all_metadata()
    {
        await api.PostJsonAsync("chat.postMessage", new JsonObject
        {
            ["channel"] = "C1",
            ["text"] = "question",
            ["metadata"] = new JsonObject { ["event_type"] = "question_asked", ["event_payload"] = new JsonObject { ["id"] = "q1" } },
        });

        var plain = await api.GetAsync("conversations.history", ("channel", "C1"));
        var withMetadata = await api.GetAsync("conversations.history", ("channel", "C1"), ("include_all_metadata", "true"));

        Assert.Multiple(() =>
        {
            Assert.That(plain.Body["messages"]![0]!.AsObject().ContainsKey("metadata"), Is.False);
            Assert.That(withMetadata.Body["messages"]![0]!["metadata"]!["event_type"]!.GetValue<string>(), Is.EqualTo("question_asked"));
        });
    }

    [Test]
    public async Task History_needs_the_bot_in_the_channel()
    {
        slack.AddChannel("C2", "elsewhere", botIsMember: false);

        var reply = await api.GetAsync("conversations.history", ("channel", "C2"));

        Assert.That(reply.Error, Is.EqualTo("not_in_channel"));
    }

    [Test]
    public async Task Replies_give_the_parent_first_then_the_replies_in_order()
    {
        var parent = slack.AddMessage("C1", "U1", "restarted the primary");
        var first = slack.AddMessage("C1", "U2", "how did you know it was safe?", parent);
        var second = slack.AddMessage("C1", "U1", "the replica lag graph", parent);

        var reply = await api.GetAsync("conversations.replies", ("channel", "C1"), ("ts", parent));

        var messages = reply.Body["messages"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(messages.Select(message => message!["ts"]!.GetValue<string>()), Is.EqualTo(new[] { parent, first, second }));
            Assert.That(messages[0]!["reply_count"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(messages[0]!["thread_ts"]!.GetValue<string>(), Is.EqualTo(parent));
            Assert.That(messages[1]!["parent_user_id"]!.GetValue<string>(), Is.EqualTo("U1"));
        });
    }

    [Test]
    public async Task Replies_for_an_unknown_ts_is_thread_not_found()
    {
        var reply = await api.GetAsync("conversations.replies", ("channel", "C1"), ("ts", "1700000000.000001"));

        Assert.That(reply.Error, Is.EqualTo("thread_not_found"));
    }

    [Test]
    public async Task Joining_twice_warns_already_in_channel()
    {
        slack.AddChannel("C2", "inc-43", botIsMember: false);

        var joined = await api.PostJsonAsync("conversations.join", new JsonObject { ["channel"] = "C2" });
        var again = await api.PostJsonAsync("conversations.join", new JsonObject { ["channel"] = "C2" });

        Assert.Multiple(() =>
        {
            Assert.That(joined.Ok, Is.True);
            Assert.That(joined.Body.ContainsKey("warning"), Is.False);
            Assert.That(slack.Channel("C2")!.BotIsMember, Is.True);
            Assert.That(again.Body["warning"]!.GetValue<string>(), Is.EqualTo("already_in_channel"));
        });
    }

    [Test]
    public async Task Info_follows_renames_and_archiving()
    {
        slack.RenameChannel("C1", "inc-42-db-resolved");
        slack.ArchiveChannel("C1");

        var reply = await api.GetAsync("conversations.info", ("channel", "C1"));

        var channel = reply.Body["channel"]!;
        Assert.Multiple(() =>
        {
            Assert.That(channel["name"]!.GetValue<string>(), Is.EqualTo("inc-42-db-resolved"));
            Assert.That(channel["previous_names"]![0]!.GetValue<string>(), Is.EqualTo("inc-42-db"));
            Assert.That(channel["is_archived"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Users_info_gives_the_offset_of_the_users_zone_at_the_fakes_time()
    {
        var summer = await api.GetAsync("users.info", ("user", "U2"));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var winter = await api.GetAsync("users.info", ("user", "U2"));

        Assert.Multiple(() =>
        {
            Assert.That(summer.Body["user"]!["tz"]!.GetValue<string>(), Is.EqualTo("America/New_York"));
            Assert.That(summer.Body["user"]!["tz_offset"]!.GetValue<int>(), Is.EqualTo(-4 * 3600));
            Assert.That(winter.Body["user"]!["tz_offset"]!.GetValue<int>(), Is.EqualTo(-5 * 3600));
            Assert.That(summer.Body["user"]!["real_name"]!.GetValue<string>(), Is.EqualTo("Bob Jones"));
        });
    }

    [Test]
    public async Task Users_info_for_a_stranger_is_user_not_found()
    {
        var reply = await api.GetAsync("users.info", ("user", "U404"));

        Assert.That(reply.Error, Is.EqualTo("user_not_found"));
    }

    [Test]
    public async Task A_read_method_ignores_a_JSON_body_as_Slack_does()
    {
        var reply = await api.PostJsonAsync("users.info", new JsonObject { ["user"] = "U1" });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Error, Is.EqualTo("invalid_arguments"));
            Assert.That(reply.Body["response_metadata"]!["messages"]!.ToJsonString(), Does.Contain("does not read JSON bodies"));
        });
    }

    private static IEnumerable<string> Timestamps(ApiReply reply) =>
        reply.Body["messages"]!.AsArray().Select(message => message!["ts"]!.GetValue<string>());
}
