using SlackBot.Hosting;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// Every recorded event, interaction and slash command, filled in and delivered to the real bot through the real
/// receiver: signed HTTP requests, and envelopes from the fake Socket Mode server. What the bot handles is read from
/// its route table; a sample it has no route for must be acknowledged and ignored without a warning.
/// </summary>
[TestFixture(SlackMode.Http)]
[TestFixture(SlackMode.Socket)]
public sealed class RecordedDeliveryTests(SlackMode mode)
{
    private ConformanceBed _bed = null!;

    public static IEnumerable<RecordedSample> Events => RecordedPayloads.Events.Where(sample => sample.Type != "app_rate_limited");

    public static IEnumerable<RecordedSample> RateLimitNotices => RecordedPayloads.Events.Where(sample => sample.Type == "app_rate_limited");

    public static IEnumerable<RecordedSample> Interactions => RecordedPayloads.Interactions;

    public static IEnumerable<RecordedSample> Commands => RecordedPayloads.Commands;

    [OneTimeSetUp]
    public async Task StartAsync() => _bed = await ConformanceBed.StartAsync(mode);

    [OneTimeTearDown]
    public async Task StopAsync() => await _bed.DisposeAsync();

    [TestCaseSource(nameof(Events))]
    public async Task An_event_is_acknowledged_stored_and_processed_without_listener_errors(RecordedSample sample)
    {
        var outcome = await _bed.DeliverAsync(sample);

        AssertProcessedCleanly(sample, outcome);
        if (!_bed.Routes.EventTypes.Contains(sample.Type))
        {
            Assert.That(outcome.Logs.Select(record => record.Message), Has.Some.StartsWith($"No listener for {sample.Type} "),
                "an event type outside the route table is recognised as unrouted");
        }
    }

    [TestCaseSource(nameof(Interactions))]
    public async Task An_interaction_is_acknowledged_stored_and_processed_without_listener_errors(RecordedSample sample)
    {
        var outcome = await _bed.DeliverAsync(sample);

        AssertProcessedCleanly(sample, outcome);
    }

    [TestCaseSource(nameof(Commands))]
    public async Task A_slash_command_is_answered_in_its_acknowledgement(RecordedSample sample)
    {
        Assume.That(_bed.Routes.Commands, Is.Not.Empty, "the bot registers no slash command");

        var outcome = await _bed.DeliverAsync(sample);

        AssertProcessedCleanly(sample, outcome);
        Assert.That(outcome.AckPayload?["text"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty,
            $"the {_bed.World.Command} reply travels in the acknowledgement ({outcome.Answer})");
    }

    [TestCaseSource(nameof(RateLimitNotices))]
    public async Task Slacks_rate_limit_notice_is_acknowledged_logged_and_not_stored(RecordedSample sample)
    {
        var outcome = await _bed.DeliverAsync(sample);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Acknowledged, Is.True, outcome.Answer);
            Assert.That(outcome.Stored, Is.Null, "a notice about Slack's side is not an event to process");
            Assert.That(outcome.Complaints, Has.Some.Contains("over the workspace limit"),
                "the operator is told that Slack dropped events");
            Assert.That(outcome.Errors, Is.Empty);
        }
    }

    /// <summary>Acknowledged, stored once, processed with no listener errors and nothing the bot said parked; for a
    /// sample outside the route table, not a single warning either.</summary>
    private void AssertProcessedCleanly(RecordedSample sample, DeliveryOutcome outcome)
    {
        var handled = _bed.Routes.Handles(sample);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Acknowledged, Is.True, $"acknowledged: {outcome.Answer}");
            Assert.That(outcome.Stored, Is.Not.Null, "stored in the inbox");
            Assert.That(outcome.Stored?.Status, Is.EqualTo(InboxStatus.Processed), "processed");
            Assert.That(outcome.Stored?.Errors, Is.Empty, "listener errors recorded on the inbox record");
            Assert.That(outcome.Errors, Is.Empty, "errors in the log");
            Assert.That(outcome.Said.Where(row => row.Status == OutboxStatus.Parked).Select(row => $"{row.Kind} {row.Id}: {row.LastError}"),
                Is.Empty, "what the bot said in answer was refused by Slack");
            if (!handled) Assert.That(outcome.Complaints, Is.Empty, $"{sample} is outside the route table and is ignored quietly");
        }
    }
}
