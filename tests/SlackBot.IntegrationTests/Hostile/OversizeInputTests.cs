using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Learning;

namespace SlackBot.IntegrationTests.Hostile;

/// <summary>
/// Size limits on what reaches the bot: an HTTP body over the limit gets 413 before anything reads it (with or without
/// a Content-Length), a Socket Mode frame over <c>Slack:SocketMode:MaxMessageBytes</c> is dropped with a warning, and
/// in both cases the bot goes on serving the next delivery on the same process (and the same connection).
/// </summary>
public sealed class OversizeInputTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [TestCase(SignedRequestSender.EventsPath, "application/json")]
    [TestCase("slack/commands", "application/x-www-form-urlencoded")]
    [TestCase("slack/interactions", "application/x-www-form-urlencoded")]
    public async Task A_ten_megabyte_body_gets_413_and_the_next_event_is_served(string path, string contentType)
    {
        _bed = await LearningBed.StartAsync();
        var body = Encoding.ASCII.GetBytes("{\"type\":\"event_callback\",\"text\":\"" + new string('x', TenMegabytes) + "\"}");

        using var sized = await _bed.Sender.SendRawAsync(path, body, contentType, SigningMode.Valid);
        using var client = new HttpClient { BaseAddress = _bed.Bot.BaseUrl };
        using var unsized = await client.PostAsync(path, new UnsizedContent(body, contentType));
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Carol, "joining and checking now");
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(sized.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), "declared too long");
            Assert.That(unsized.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), "found too long while reading");
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, ts), Is.Not.Null, "the next delivery was served");
            Assert.That(_bed.Bot.Inbox.All(), Has.Count.EqualTo(1), "nothing of the oversized bodies was stored");
            Assert.That(_bed.Bot.LogLines(), Has.Some.Contains("body over the size limit"));
        });
    }

    [Test]
    public async Task An_oversized_socket_frame_is_dropped_with_a_warning_and_the_connection_serves_on()
    {
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Socket",
            ["Slack:SocketMode:MaxMessageBytes"] = "65536",
        });
        await _bed.Slack.SocketMode.WaitForConnectionsAsync(1, LearningBed.Generous);
        var frame = new JsonObject
        {
            ["type"] = "events_api", ["envelope_id"] = "env-oversized", ["accepts_response_payload"] = false,
            ["payload"] = new JsonObject
            {
                ["type"] = "event_callback", ["event_id"] = "Ev0HUGE",
                ["event"] = new JsonObject { ["type"] = "message", ["channel"] = LearningBed.IncidentChannel, ["user"] = LearningBed.Bob, ["text"] = new string('x', 200_000), ["ts"] = "1700000000.000100" },
            },
        };

        await _bed.Slack.SocketMode.SendRawFrameAsync(frame.ToJsonString());
        var ts = await _bed.Slack.SocketMode.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Carol, "joining and checking now");
        await Poll.UntilAsync(() => _bed.IncidentMessages.Find(LearningBed.IncidentChannel, ts) is not null, LearningBed.Generous, "the next message to be kept");

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Slack.SocketMode.ConnectionHistory, Has.Count.EqualTo(1), "the same connection served on");
            Assert.That(_bed.Slack.SocketMode.Acks.Select(ack => ack.EnvelopeId), Has.None.EqualTo("env-oversized"), "never acknowledged, so Slack would retry");
            Assert.That(_bed.Bot.Inbox.Find("ev:Ev0HUGE"), Is.Null);
            Assert.That(_bed.Bot.LogLines(), Has.Some.Contains("dropped a frame of").And.Some.Contains("Slack:SocketMode:MaxMessageBytes"));
        });
    }

    /// <summary>A body sent chunked, without Content-Length, so the limit can only hold while reading.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes, string contentType)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
