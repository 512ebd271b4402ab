using System.Diagnostics;
using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>What a phase records: latencies of acknowledged requests only, errors by outcome, each inbox id once.</summary>
public class PhaseRecorderTests
{
    [Test]
    public void Only_acknowledged_requests_give_latencies_and_a_retry_adds_no_second_inbox_id()
    {
        var recorder = new PhaseRecorder();
        var start = Stopwatch.GetTimestamp();
        var tenMilliseconds = Stopwatch.Frequency / 100;
        var moment = new LoadRequest(RequestKind.Moment, "Ev0P1", null, null, null, "U1", LoadWorkspace.IncidentChannel);
        var chatter = new LoadRequest(RequestKind.Message, "Ev0P2", null, null, null, "U1", LoadWorkspace.TeamChannel);

        recorder.Record(moment, start, new SendResult(SendOutcome.Acknowledged, start + tenMilliseconds, "ev:Ev0P1"));
        recorder.Record(moment with { Kind = RequestKind.Retry }, start, new SendResult(SendOutcome.Acknowledged, start + 2 * tenMilliseconds, "ev:Ev0P1"));
        recorder.Record(chatter, start, new SendResult(SendOutcome.Acknowledged, start + tenMilliseconds, "ev:Ev0P2"));
        recorder.Record(chatter, start, new SendResult(SendOutcome.Rejected, start + tenMilliseconds, null));
        recorder.Record(chatter, start, new SendResult(SendOutcome.TimedOut, start + 100 * tenMilliseconds, null));
        var phase = recorder.Finish("open 200/s", "bot", "http", "open", 200, ["cmd:123.456.abc"]);

        Assert.Multiple(() =>
        {
            Assert.That(phase.Acknowledged, Is.EqualTo(3));
            Assert.That(phase.Rejected, Is.EqualTo(1));
            Assert.That(phase.TimedOut, Is.EqualTo(1));
            Assert.That(phase.Latency[RequestKind.Moment].P50, Is.EqualTo(10).Within(0.01));
            Assert.That(phase.Latency[RequestKind.Retry].P50, Is.EqualTo(20).Within(0.01));
            Assert.That(phase.EventLatency.Count, Is.EqualTo(3), "the timeout gives no latency");
            Assert.That(phase.AcknowledgedInboxIds, Is.EquivalentTo(new[] { "ev:Ev0P1", "ev:Ev0P2", "cmd:123.456.abc" }));
            Assert.That(phase.IncidentMessageIds, Is.EqualTo(new[] { "ev:Ev0P1" }), "only incident-channel messages count towards the incident lag");
        });
    }
}
