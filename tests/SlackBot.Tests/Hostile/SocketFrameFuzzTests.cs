using System.Text;
using CsCheck;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// Socket Mode text frames through the frame reader and on into the envelope translator (the whole path a frame
/// takes before the dispatcher): every frame is a hello, a disconnect, an envelope or "unreadable", never an exception.
/// </summary>
public class SocketFrameFuzzTests
{
    private const string Target = "Socket Mode frame reader";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static readonly byte[][] Seeds =
    [
        .. Fixtures.In("Slack/Socket").Select(Fixtures.Bytes),
        .. Fixtures.In("SocketMode").Where(path => path.EndsWith(".json", StringComparison.Ordinal)).Select(Fixtures.Bytes),
        """{"type":"hello","num_connections":1,"debug_info":{"host":"applink-1","approximate_connection_time":18060},"connection_info":{"app_id":"A1"}}"""u8.ToArray(),
        """{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-1"}}"""u8.ToArray(),
    ];

    [Test]
    public void Frames_are_always_read_into_something() =>
        Check.Sample(Gen.Frequency(
                (5, HostileBytes.Mutated(Seeds)),
                (3, HostileBytes.Shaped(SocketModeFrameReader.EventsApi, SocketModeFrameReader.SlashCommands, SocketModeFrameReader.Interactive, "hello", "disconnect")),
                (1, HostileBytes.Noise)),
            Read, iter: 3_000, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_frames_are_always_read_into_something(byte[] input) => Read(input);

    [OneTimeTearDown]
    public void Report() => HostileRun.Report(Target);

    private static void Read(byte[] bytes)
    {
        // The connection hands over text: invalid UTF-8 has already become U+FFFD by then.
        var text = Encoding.UTF8.GetString(bytes);
        HostileRun.Guard(Target, bytes.Length, () =>
        {
            switch (SocketModeFrameReader.Read(text))
            {
                case SocketModeFrame.Envelope envelope:
                    Assert.That(envelope.EnvelopeId, Is.Not.Empty);
                    Assert.That(envelope.RetryAttempt, Is.GreaterThanOrEqualTo(0));
                    EnvelopeParserFuzzTests.AssertWellFormed(SocketModeEnvelopeTranslator.Translate(envelope, Now));
                    break;
                case SocketModeFrame.Unreadable unreadable:
                    Assert.That(unreadable.Reason, Has.Length.LessThan(200), "a reason quotes little of what was sent");
                    break;
                case SocketModeFrame.Disconnect disconnect:
                    Assert.That(disconnect.Reason, Is.Not.Empty);
                    break;
                case SocketModeFrame.Hello:
                    break;
                case var other:
                    Assert.Fail($"unexpected frame {other}");
                    break;
            }
        });
    }
}
