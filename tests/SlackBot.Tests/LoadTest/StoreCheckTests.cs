using SlackBot.LoadTest;
using SlackBot.Storage.Inbox;

namespace SlackBot.Tests.LoadTest;

/// <summary>The exactly-once verdict and the processing figures read from the inbox records.</summary>
public class StoreCheckTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Every_acknowledged_id_must_be_stored_and_processed()
    {
        var inbox = Inbox(
            Record("ev:A", InboxStatus.Processed, 0, 5),
            Record("ev:B", InboxStatus.Pending, 0, null),
            Record("ev:C", InboxStatus.Processed, 0, 8) with { Errors = ["listener: boom"] });

        var good = StoreCheck.Verify(inbox, ["ev:A", "ev:A", "ev:C"]);
        var bad = StoreCheck.Verify(inbox, ["ev:A", "ev:B", "ev:Z"]);

        Assert.Multiple(() =>
        {
            Assert.That(good.ExactlyOnce, Is.True);
            Assert.That(good.Acknowledged, Is.EqualTo(2), "a retry's ack names the same envelope");
            Assert.That(good.Failed, Is.EqualTo(1), "processed with a listener error is still processed, and counted apart");
            Assert.That(bad.ExactlyOnce, Is.False);
            Assert.That(bad.Missing, Is.EqualTo(1));
            Assert.That(bad.NotProcessed, Is.EqualTo(1));
            Assert.That(bad.Examples, Is.EquivalentTo(new[] { "ev:Z", "ev:B" }));
        });
    }

    [Test]
    public void The_processed_rate_runs_from_the_first_receipt_to_the_last_completion_and_the_lag_covers_incident_messages()
    {
        var inbox = Inbox(Record("ev:A", InboxStatus.Processed, 0, 50), Record("ev:B", InboxStatus.Processed, 100, 180), Record("ev:C", InboxStatus.Processed, 400, 500));
        var phase = new PhaseRecorder().Finish("closed 32", "bot", "http", "closed", 32, []) with
        {
            AcknowledgedInboxIds = ["ev:A", "ev:B", "ev:C"],
            IncidentMessageIds = ["ev:A", "ev:B"],
        };

        var processed = StoreCheck.WithProcessing(phase, inbox);

        Assert.Multiple(() =>
        {
            Assert.That(processed.ProcessedPerSecond, Is.EqualTo(3 / 0.5).Within(1e-9));
            Assert.That(processed.IncidentLag!.Count, Is.EqualTo(2));
            Assert.That(processed.IncidentLag.P99, Is.EqualTo(80).Within(1e-9));
        });
    }

    private static InboxRecord Record(string id, InboxStatus status, int receivedMs, int? processedMs) => new()
    {
        Id = id,
        Status = status,
        ReceivedAt = T0.AddMilliseconds(receivedMs),
        ProcessedAt = processedMs is { } ms ? T0.AddMilliseconds(ms) : null,
    };

    private static Dictionary<string, InboxRecord> Inbox(params InboxRecord[] records) => records.ToDictionary(record => record.Id, StringComparer.Ordinal);
}
