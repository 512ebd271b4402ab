using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack;

namespace SlackBot.IntegrationTests.Platform;

/// <summary>The HTTP receiver, driven by signed requests exactly as Slack sends them.</summary>
public class HttpReceiverTests
{
    private TempDirectory _directory = null!;
    private FakeSlack _slack = null!;
    private ListenerJournal _journal = null!;
    private BotApp _bot = null!;
    private SignedRequestSender _sender = null!;

    [SetUp]
    public async Task SetUp()
    {
        _directory = new TempDirectory();
        _slack = await FakeSlack.StartAsync();
        _slack.AddChannel("C1", "inc-42-payments");
        _journal = new ListenerJournal();
        _bot = await BotApp.StartAsync(_slack, _directory.File("bot.db"), builder =>
        {
            builder.Services.AddSingleton(_journal);
            builder.Services.AddSlackListeners().OnMessage<RecordingMessageListener>();
        });
        _sender = _slack.SenderFor(_bot.BaseUrl);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Url_verification_is_answered_with_the_challenge_as_plain_text()
    {
        using var response = await _sender.SendUrlVerificationAsync("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        });
    }

    [Test]
    public void The_bot_called_auth_test_on_the_configured_base_url_at_start_up()
    {
        var call = _slack.Calls("auth.test").Single();
        Assert.That(call.Authorization, Is.EqualTo("Bearer " + _slack.BotToken));
    }

    [Test]
    public async Task An_event_delivered_three_times_reaches_its_listener_exactly_once()
    {
        var message = UserMessage("weird, the graph went flat at 10:02");

        using var first = await _sender.SendEventAsync(message, eventId: "Ev0RETRY1");
        using var retry1 = await _sender.SendEventAsync(message, eventId: "Ev0RETRY1", retryNum: 1, retryReason: "http_timeout");
        using var retry2 = await _sender.SendEventAsync(message, eventId: "Ev0RETRY1", retryNum: 2, retryReason: "http_error");
        await Poll.UntilAsync(() => _bot.Inbox.All().All(record => record.Status != Storage.Inbox.InboxStatus.Pending), what: "the inbox to drain");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.StatusCode, retry1.StatusCode, retry2.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK), "every delivery is acknowledged");
            Assert.That(_journal.Seen, Has.Count.EqualTo(1));
            Assert.That(_journal.Seen.Single(), Does.EndWith("weird, the graph went flat at 10:02"));
            Assert.That(_bot.Inbox.All(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Concurrent_deliveries_of_one_event_reach_the_listener_once()
    {
        var message = UserMessage("the retry worker is stuck again");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(attempt =>
            _sender.SendEventAsync(message, eventId: "Ev0SAME", retryNum: attempt == 0 ? null : attempt, retryReason: attempt == 0 ? null : "http_timeout")));
        await Poll.UntilAsync(() => _journal.Seen.Count >= 1 && _bot.Inbox.All().All(r => r.Status != Storage.Inbox.InboxStatus.Pending));

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(_journal.Seen, Has.Count.EqualTo(1));
        });
        foreach (var response in responses) response.Dispose();
    }

    [TestCase(SigningMode.NoHeaders)]
    [TestCase(SigningMode.MissingSignature)]
    [TestCase(SigningMode.MissingTimestamp)]
    [TestCase(SigningMode.Stale)]
    [TestCase(SigningMode.Future)]
    [TestCase(SigningMode.WrongVersion)]
    [TestCase(SigningMode.TamperedBody)]
    [TestCase(SigningMode.WrongSecret)]
    [TestCase(SigningMode.UppercaseSignature)]
    [TestCase(SigningMode.NonNumericTimestamp)]
    public async Task A_badly_signed_request_gets_401_and_changes_nothing(SigningMode mode)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = _slack.TeamId, ["event_id"] = "Ev0FORGED", ["event_time"] = 1700000000,
            ["event"] = UserMessage("forged"),
        }.ToJsonString());

        using var events = await _sender.SendRawAsync(SignedRequestSender.EventsPath, body, "application/json", mode);
        using var commands = await _sender.SendRawAsync(SignedRequestSender.CommandsPath,
            Encoding.UTF8.GetBytes("command=%2Flearn&text=resolve&user_id=U1&channel_id=C1&trigger_id=1.2.3"), "application/x-www-form-urlencoded", mode);
        using var interactions = await _sender.SendRawAsync(SignedRequestSender.InteractionsPath,
            Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString("""{"type":"block_actions","trigger_id":"9.9.9","user":{"id":"U1"},"actions":[]}""")),
            "application/x-www-form-urlencoded", mode);

        Assert.Multiple(() =>
        {
            Assert.That(events.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(commands.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(interactions.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(_bot.Inbox.All(), Is.Empty, "nothing was stored");
            Assert.That(_journal.Seen, Is.Empty);
        });
    }

    [Test]
    public async Task A_signed_but_malformed_body_gets_400_and_the_bot_keeps_serving()
    {
        using var notJson = await _sender.SendRawAsync(SignedRequestSender.EventsPath, Encoding.UTF8.GetBytes("{\"type\":\"event_callback\",\"event"), "application/json", SigningMode.Valid);
        using var noPayload = await _sender.SendRawAsync(SignedRequestSender.InteractionsPath, Encoding.UTF8.GetBytes("nothing=here"), "application/x-www-form-urlencoded", SigningMode.Valid);
        using var health = await new HttpClient().GetAsync(new Uri(_bot.BaseUrl, "/healthz"));

        Assert.Multiple(() =>
        {
            Assert.That(notJson.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noPayload.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_bot.Inbox.All(), Is.Empty);
        });
    }

    [Test]
    public async Task An_oversized_body_gets_413()
    {
        var huge = Encoding.UTF8.GetBytes("{\"type\":\"event_callback\",\"padding\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        using var response = await _sender.SendRawAsync(SignedRequestSender.EventsPath, huge, "application/json", SigningMode.Valid);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Ssl_check_is_confirmed_and_nothing_else_happens()
    {
        using var response = await _sender.SendRawAsync(SignedRequestSender.CommandsPath, Encoding.UTF8.GetBytes("ssl_check=1&token=abc"), "application/x-www-form-urlencoded", SigningMode.NoHeaders);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_bot.Inbox.All(), Is.Empty);
        });
    }

    [Test]
    public async Task Health_reports_ready()
    {
        using var response = await new HttpClient().GetAsync(new Uri(_bot.BaseUrl, "/healthz"));
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"status\":\"ok\"")
                .And.Contain(TestStorage.OnPostgres ? "\"storage\":\"postgres\"" : "\"storage\":\"litedb\""));
        });
    }

    [Test]
    public async Task Secrets_never_appear_in_the_logs()
    {
        using var good = await _sender.SendEventAsync(UserMessage("hello"), eventId: "Ev0LOG");
        using var bad = await _sender.SendRawAsync(SignedRequestSender.EventsPath, Encoding.UTF8.GetBytes("{}"), "application/json", SigningMode.WrongSecret);
        await Poll.UntilAsync(() => _journal.Seen.Count == 1);

        var lines = _bot.LogLines();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines, Has.None.Contains(_slack.BotToken));
            Assert.That(lines, Has.None.Contains(_slack.AppToken));
            Assert.That(lines, Has.None.Contains(_slack.SigningSecret));
        });
    }

    private JsonObject UserMessage(string text) => new()
    {
        ["type"] = "message", ["channel"] = "C1", ["user"] = "U0ALICE", ["text"] = text,
        ["ts"] = "1700000000.000100", ["event_ts"] = "1700000000.000100", ["channel_type"] = "channel",
    };
}
