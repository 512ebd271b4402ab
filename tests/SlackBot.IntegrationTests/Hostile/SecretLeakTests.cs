using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Learning;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Hostile;

/// <summary>
/// The bot token, the app token and the signing secret (random and distinctive per fake workspace) never appear in
/// anything the bot writes or answers, even when things go wrong: forged and stale requests, Slack refusing calls
/// (invalid_auth, 5xx, rate limits), listener failures. Every log line (with its exception), every stored error, every
/// answer to a rejected request and the health output are scanned, whole and by the tokens' distinctive parts.
/// </summary>
public sealed class SecretLeakTests
{
    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [Test]
    public async Task No_secret_leaks_through_logs_errors_answers_or_health_in_http_mode_even_when_slack_fails()
    {
        _bed = await LearningBed.StartAsync();
        var scan = ScanFor(_bed.Slack);
        var answers = new List<string>();

        foreach (var mode in Enum.GetValues<SigningMode>().Where(mode => mode != SigningMode.Valid))
        {
            using var forged = await _bed.Sender.SendRawAsync(SignedRequestSender.EventsPath, Encoding.UTF8.GetBytes("""{"type":"event_callback"}"""), "application/json", mode);
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), mode.ToString());
            answers.Add(await forged.Content.ReadAsStringAsync());
        }

        // Slack refuses, fails and throttles while the bot works.
        _bed.Slack.Faults.Error("chat.postMessage", "invalid_auth", times: 2);
        _bed.Slack.Faults.ServerError("conversations.info", 500, times: 3);
        _bed.Slack.Faults.RateLimit("chat.postEphemeral", retryAfterSeconds: 1);
        _bed.Slack.Faults.Error("users.info", "token_revoked", times: 3);
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "I skipped the failover step in the runbook because the replica was 40 minutes behind");
        answers.Add((await _bed.LearnAsync("note the replica lag graph was the only thing we trusted", LearningBed.Alice, LearningBed.IncidentChannel)).ToJsonString());
        answers.Add((await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel)).ToJsonString());
        // The question's post meets invalid_auth: the outbox sets it aside with the error, which is scanned below.
        await Poll.UntilAsync(() => _bed.Slack.Calls("chat.postMessage").Any(call => call.ResponseBody.Contains("invalid_auth", StringComparison.Ordinal)),
            LearningBed.Generous, "the bot to meet invalid_auth");
        await _bed.DrainAsync();
        Assert.That(moment, Is.Not.Null);

        using var health = await new HttpClient().GetAsync(new Uri(_bed.Bot.BaseUrl, "/healthz"));
        answers.Add(await health.Content.ReadAsStringAsync());

        var leaks = Everything(_bed.Bot, scan, answers);
        Assert.That(leaks, Is.Empty);
        Assert.That(_bed.Bot.LogLines(), Has.Some.Contains("invalid_auth").Or.Some.Contains("token_revoked").Or.Some.Contains("500"),
            "the failures were logged, so the scan looked at real error lines");
    }

    [Test]
    public async Task No_secret_leaks_in_socket_mode_including_the_connection_url()
    {
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Slack:Mode"] = "Socket" });
        var scan = ScanFor(_bed.Slack);
        await _bed.Slack.SocketMode.WaitForConnectionsAsync(1, LearningBed.Generous);

        _bed.Slack.Faults.Error("chat.postMessage", "invalid_auth");
        var ts = await _bed.Slack.SocketMode.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Carol, "joining and checking now");
        await _bed.Slack.SocketMode.SendRawFrameAsync("{\"type\":\"events_api\",\"envelope_id\":\"");
        await _bed.Slack.SocketMode.SendDisconnectAsync("refresh_requested");
        await _bed.Slack.SocketMode.WaitForConnectionsAsync(1, LearningBed.Generous);
        await Poll.UntilAsync(() => _bed.IncidentMessages.Find(LearningBed.IncidentChannel, ts) is not null, LearningBed.Generous, "the message to be kept");

        using var health = await new HttpClient().GetAsync(new Uri(_bed.Bot.BaseUrl, "/healthz"));
        var leaks = Everything(_bed.Bot, scan, [await health.Content.ReadAsStringAsync()]);
        Assert.That(leaks, Is.Empty);
    }

    private static SecretScan ScanFor(FakeSlack slack) =>
        new(("bot token", slack.BotToken), ("app token", slack.AppToken), ("signing secret", slack.SigningSecret));

    private static List<string> Everything(BotApp bot, SecretScan scan, IEnumerable<string> answers) =>
    [
        .. scan.Leaks("log", bot.LogLines()),
        .. scan.Leaks("inbox error", bot.Inbox.All().SelectMany(record => record.Errors)),
        .. scan.Leaks("outbox error", bot.Outbox.All().Select(message => message.LastError)),
        .. scan.Leaks("answer", answers),
    ];
}
