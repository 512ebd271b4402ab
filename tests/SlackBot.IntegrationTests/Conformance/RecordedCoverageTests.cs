using SlackBot.Hosting;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// The suite keeps up with the product: whatever the booted bot's route table listens to must have a recorded sample
/// and a typed shape, so a new route without either fails here, naming it.
/// </summary>
public sealed class RecordedCoverageTests
{
    private ConformanceBed _bed = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _bed = await ConformanceBed.StartAsync(SlackMode.Http);

    [OneTimeTearDown]
    public async Task StopAsync() => await _bed.DisposeAsync();

    [Test]
    public void Every_routed_event_type_has_a_recorded_sample()
    {
        var recorded = RecordedPayloads.Events.Select(sample => sample.Type).ToHashSet(StringComparer.Ordinal);

        Assert.That(_bed.Routes.EventTypes.Where(type => !recorded.Contains(type)), Is.Empty,
            "event types the bot routes but Fixtures/Recorded/events has no sample for; copy it from slackapi/java-slack-sdk json-logs/samples/events");
    }

    [Test]
    public void Every_routed_event_type_has_a_typed_shape()
    {
        Assert.That(_bed.Routes.EventTypes.Where(type => !TypedShapes.Events.ContainsKey(type)), Is.Empty,
            "event types the bot routes without an entry in TypedShapes.Events (the record it is read into and the fields listeners read)");
    }

    [Test]
    public void Every_kind_of_interaction_the_bot_routes_has_a_recorded_sample()
    {
        var recorded = RecordedPayloads.Interactions.Select(sample => sample.Type).ToHashSet(StringComparer.Ordinal);
        var needed = new List<string>();
        if (_bed.Routes.ActionPrefixes.Count > 0) needed.Add("block_actions");
        if (_bed.Routes.ViewCallbacks.Count > 0) needed.AddRange(["view_submission", "view_closed"]);
        if (_bed.Routes.MessageShortcuts.Count > 0) needed.Add("message_action");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(needed.Where(type => !recorded.Contains(type)), Is.Empty, "interaction types routed without a recorded sample");
            Assert.That(RecordedPayloads.Commands, _bed.Routes.Commands.Count > 0 ? Is.Not.Empty : Is.Empty, "a slash command sample, if the bot has commands");
        }
    }

    [Test]
    public void Every_kind_of_interaction_the_bot_routes_has_a_typed_shape()
    {
        var routed = RecordedPayloads.Interactions.Select(sample => sample.Type).Distinct()
            .Where(type => _bed.Routes.Handles(new RecordedSample("", RecordedKind.Interaction, type, null, RecordedPlace.PublicChannel)));

        Assert.That(routed.Where(type => !TypedShapes.Interactions.ContainsKey(type)), Is.Empty,
            "interaction types the bot routes without an entry in TypedShapes.Interactions");
    }

    [Test]
    public void The_suite_also_delivers_samples_the_bot_does_not_route()
    {
        var unrouted = RecordedPayloads.Events.Where(sample => !_bed.Routes.Handles(sample)).Select(sample => sample.Type).Distinct().ToList();

        Assert.That(unrouted, Has.Count.GreaterThanOrEqualTo(5), "enough unsubscribed event types to show they are ignored quietly");
    }

    [Test]
    public void The_route_table_is_read_from_the_booted_bot()
    {
        // Guards the parser of Describe(): an empty table would make every sample "unrouted" and the suite vacuous.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_bed.Routes.EventTypes, Does.Contain("message"));
            Assert.That(_bed.Routes.Commands, Is.Not.Empty);
            Assert.That(_bed.Routes.ActionPrefixes, Is.Not.Empty);
            Assert.That(_bed.Routes.ViewCallbacks, Is.Not.Empty);
        }
    }
}
