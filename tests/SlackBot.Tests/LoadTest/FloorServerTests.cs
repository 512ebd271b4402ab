using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SlackBot.LoadTest;
using SlackBot.Testing.Fakes;

namespace SlackBot.Tests.LoadTest;

/// <summary>The floor server does the work every Slack receiver must (signature and parse), checked against the
/// fake's independent signer, so the bot is compared with an honest floor and not with an endpoint that skips it.</summary>
public class FloorServerTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_733_112_000);
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Secret);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"Ev0LT1","event":{"type":"message","text":"hi"}}""");

    [Test]
    public void A_request_signed_as_Slack_signs_is_accepted() =>
        Assert.That(FloorServer.Verify(Key, "1733112000", SlackSignature.Compute(Secret, 1_733_112_000, Body), Body, Now), Is.True);

    [Test]
    public void A_tampered_body_a_wrong_secret_or_a_stale_timestamp_is_refused()
    {
        var signature = SlackSignature.Compute(Secret, 1_733_112_000, Body);

        Assert.Multiple(() =>
        {
            Assert.That(FloorServer.Verify(Key, "1733112000", signature, [.. Body, (byte)' '], Now), Is.False, "tampered");
            Assert.That(FloorServer.Verify(Key, "1733112000", SlackSignature.Compute("another-secret", 1_733_112_000, Body), Body, Now), Is.False, "secret");
            Assert.That(FloorServer.Verify(Key, "1733112000", signature, Body, Now.AddMinutes(6)), Is.False, "stale");
            Assert.That(FloorServer.Verify(Key, "yesterday", signature, Body, Now), Is.False, "not a number");
            Assert.That(FloorServer.Verify(Key, "1733112000", null, Body, Now), Is.False, "unsigned");
        });
    }

    [Test]
    public async Task Served_it_answers_200_to_a_signed_event_and_401_to_an_unsigned_one()
    {
        await using var app = FloorServer.Build(Secret, port: 0);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var signed = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(Body) };
        signed.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        signed.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        signed.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(Secret, timestamp, Body));
        using var accepted = await http.SendAsync(signed);
        using var refused = await http.PostAsync("/slack/events", new ByteArrayContent(Body));
        await app.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }
}
