using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Platform;

/// <summary>Nothing Slack delivered and the bot acknowledged is lost, and nothing the bot says is said twice.</summary>
public class DurabilityTests
{
    private TempDirectory _directory = null!;
    private FakeSlack _slack = null!;
    private ListenerJournal _journal = null!;

    [SetUp]
    public async Task SetUp()
    {
        _directory = new TempDirectory();
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser("U0ALICE", "alice");
        _slack.AddChannel("C1", "inc-7-checkout");
        _journal = new ListenerJournal();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _slack.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task An_event_acknowledged_just_before_the_host_stopped_is_processed_after_the_restart()
    {
        _journal.Stall = true;
        await using (var first = await StartBotAsync(withEcho: false))
        {
            using var response = await _slack.SenderFor(first.BaseUrl).SendEventAsync(UserMessage("I keep a query in a gist for this"), eventId: "Ev0CRASH");
            Assert.That(response.IsSuccessStatusCode, Is.True, "acknowledged");
            Assert.That(first.Inbox.Find("ev:Ev0CRASH")?.Status, Is.EqualTo(InboxStatus.Pending));
            await first.StopAsync();
        }

        Assert.That(_journal.Seen, Is.Empty, "not processed before the stop");
        _journal.Stall = false;
        await using var second = await StartBotAsync(withEcho: false);
        await Poll.UntilAsync(() => _journal.Seen.Count == 1, what: "the resumed envelope");
        await Poll.UntilAsync(() => second.Inbox.Find("ev:Ev0CRASH")?.Status == InboxStatus.Processed);

        Assert.That(_journal.Seen.Single(), Does.EndWith("I keep a query in a gist for this"));
    }

    [Test]
    public async Task A_storm_of_429s_on_chat_post_message_ends_with_the_message_posted_exactly_once()
    {
        _slack.Faults.RateLimit("chat.postMessage", retryAfterSeconds: 1, times: 3);
        await using var bot = await StartBotAsync(withEcho: true);

        var ts = await _slack.SenderFor(bot.BaseUrl).PostUserMessageAsync("C1", "U0ALICE", "weird, the graph is flat");
        await Poll.UntilAsync(() => BotReplies(ts).Count == 1, what: "the bot's reply");
        await Poll.UntilAsync(() => bot.Outbox.All().All(row => row.Status == OutboxStatus.Sent));

        var calls = _slack.Calls("chat.postMessage");
        Assert.Multiple(() =>
        {
            Assert.That(calls.Count(call => call.StatusCode == 429), Is.EqualTo(3));
            Assert.That(calls.Count(call => call.StatusCode == 200), Is.EqualTo(1));
            Assert.That(BotReplies(ts), Has.Count.EqualTo(1));
            Assert.That(bot.Outbox.All().Single().ResultTs, Is.EqualTo(BotReplies(ts).Single().Ts));
        });
    }

    [Test]
    public async Task The_outbox_survives_a_restart_without_losing_or_duplicating_messages()
    {
        // The first post reaches Slack but its answer is lost (HTTP 503 after processing): a blind retry would post twice.
        _slack.Faults.ServerError("chat.postMessage", status: 503, times: 1, afterProcessing: true);
        // The next one is still in flight when the host stops.
        _slack.Faults.Slow("chat.postMessage", TimeSpan.FromSeconds(30), times: 1);

        string[] parents;
        await using (var first = await StartBotAsync(withEcho: true))
        {
            var sender = _slack.SenderFor(first.BaseUrl);
            parents =
            [
                await sender.PostUserMessageAsync("C1", "U0ALICE", "the runbook says scale up first, I skipped that"),
                await sender.PostUserMessageAsync("C1", "U0ALICE", "only Priya knows the retry worker"),
                await sender.PostUserMessageAsync("C1", "U0ALICE", "we got lucky the alert fired"),
            ];
            await Poll.UntilAsync(() => first.Outbox.All().Count == 3, what: "three rows");
            await Poll.UntilAsync(() => first.Outbox.Find(OutboxIdFor(parents[0]))?.LastError is not null, what: "the ambiguous failure");
            await Poll.UntilAsync(() => _slack.CallsHeld("chat.postMessage") == 1, what: "a post in flight");
            await first.StopAsync();
        }

        Assert.That(BotReplies(parents[0]), Has.Count.EqualTo(1), "Slack already has the first reply");

        await using var second = await StartBotAsync(withEcho: true);
        // The failed row waits out its retry delay and posts are paced per channel: generous on a busy machine.
        await Poll.UntilAsync(() => second.Outbox.All().All(row => row.Status == OutboxStatus.Sent), TimeSpan.FromMinutes(2), what: "every row sent");

        Assert.Multiple(() =>
        {
            foreach (var parent in parents) Assert.That(BotReplies(parent), Has.Count.EqualTo(1), "one reply under " + parent);
            Assert.That(second.Outbox.All(), Has.Count.EqualTo(3));
            Assert.That(second.Outbox.Find(OutboxIdFor(parents[0]))!.ResultTs, Is.EqualTo(BotReplies(parents[0]).Single().Ts));
        });
    }

    private Task<BotApp> StartBotAsync(bool withEcho) =>
        BotApp.StartAsync(_slack, _directory.File("bot.db"), builder =>
        {
            builder.Services.AddSingleton(_journal);
            var listeners = builder.Services.AddSlackListeners().OnMessage<RecordingMessageListener>();
            if (withEcho) listeners.OnMessage<EchoToOutboxListener>();
        }, new Dictionary<string, string?> { ["Outbox:FirstRetryDelay"] = "00:00:00.200" });

    private List<FakeMessage> BotReplies(string parentTs) =>
        _slack.Thread("C1", parentTs).Where(message => message.BotId == _slack.BotId).ToList();

    private static string OutboxIdFor(string parentTs) => $"echo:C1:{parentTs}";

    private static JsonObject UserMessage(string text) => new()
    {
        ["type"] = "message", ["channel"] = "C1", ["user"] = "U0ALICE", ["text"] = text,
        ["ts"] = "1700000000.000200", ["event_ts"] = "1700000000.000200", ["channel_type"] = "channel",
    };
}
